using System.Security.Cryptography;
using System.Text;

namespace IWlz.Client.Tests.Schemas;

/// <summary>
/// Compares the published reference pack with the committed fixtures. Opt-in: these tests need
/// <c>IWLZ_REFERENCE_DIR</c>. With <c>IWLZ_UPDATE_FIXTURES=1</c> they rewrite the fixtures in the
/// source tree instead (review the diff before committing).
/// </summary>
public sealed class ReferencePackTests
{
    [ReferencePackFact]
    public void Reference_files_have_the_recorded_sha256()
    {
        var lines = new List<string>();
        var paths = ReferencePack.Schemas.Values.Concat(ReferencePack.Templates.Select(t => t.PackPath)).Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(ReferencePack.Directory!, path))));
            lines.Add($"{hash}  {path}");
        }

        CompareOrUpdate("reference.sha256", string.Join('\n', lines) + "\n");
    }

    [ReferencePackFact]
    public void Reference_schemas_have_the_committed_fingerprints()
    {
        foreach (var (client, path) in ReferencePack.Schemas)
        {
            var fingerprint = SchemaFingerprint.Compute(File.ReadAllText(Path.Combine(ReferencePack.Directory!, path)));
            CompareOrUpdate($"{client}.fingerprint.txt", fingerprint);
        }
    }

    [ReferencePackFact]
    public void Reference_templates_after_the_recorded_corrections_have_the_committed_token_hashes()
    {
        var lines = new List<string>();
        foreach (var template in ReferencePack.Templates)
        {
            var text = File.ReadAllText(Path.Combine(ReferencePack.Directory!, template.PackPath)).ReplaceLineEndings("\n");
            foreach (var (find, replace) in template.Corrections)
            {
                Assert.True(text.Contains(find, StringComparison.Ordinal), $"{template.TemplateId}: the text to correct was not found: {find}");
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            lines.Add($"{template.TemplateId} {OperationTokens.Hash(text)}");
        }

        CompareOrUpdate("operations.tokens.txt", string.Join('\n', lines) + "\n");
    }

    private static void CompareOrUpdate(string fixtureName, string actual)
    {
        if (ReferencePack.UpdateFixtures)
        {
            File.WriteAllText(TestFiles.SourceFixture(fixtureName), actual, new UTF8Encoding(false));
            return;
        }

        var expected = File.ReadAllText(TestFiles.OutputFixture("Schemas", "Fixtures", fixtureName));
        Assert.Equal(expected, actual);
    }
}

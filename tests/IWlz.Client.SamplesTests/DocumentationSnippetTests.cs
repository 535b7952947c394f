using System.Text.RegularExpressions;

namespace IWlz.Client.SamplesTests;

/// <summary>
/// "Code in docs comes from compiled samples or tests." A fenced csharp block in README.md or docs/*.md that is
/// preceded by <c>&lt;!-- snippet: name --&gt;</c> must equal the region <c>// &lt;snippet:name&gt;</c> …
/// <c>// &lt;/snippet:name&gt;</c> in a C# file under samples/ or tests/ (indentation removed).
/// <c>python3 eng/sync-snippets.py</c> copies the regions into the docs.
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    private static readonly string Root = FindRepositoryRoot();

    public static TheoryData<string, string> QuotedSnippets()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, name, _) in DocumentBlocks())
        {
            data.Add(file, name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QuotedSnippets))]
    public void A_quoted_snippet_equals_its_region_in_compiled_code(string document, string name)
    {
        var regions = SourceRegions();
        Assert.True(regions.TryGetValue(name, out var region), $"{document} quotes snippet '{name}', but no C# file under samples/ or tests/ has the region // <snippet:{name}>.");
        var quoted = DocumentBlocks().First(b => b.File == document && b.Name == name).Code;
        Assert.Equal(region, quoted);
    }

    [Fact]
    public void The_docs_quote_snippets_and_every_marker_has_a_csharp_block()
    {
        Assert.True(DocumentBlocks().Count() >= 5, "expected the getting-started guide and the cookbooks to quote compiled snippets");
        foreach (var file in Documents())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Marker().IsMatch(lines[i]))
                {
                    Assert.True(i + 1 < lines.Length && lines[i + 1].Trim() == "```csharp", $"{Relative(file)}:{i + 1}: a snippet marker must be followed by a ```csharp fence.");
                }
            }
        }
    }

    [Fact]
    public void Every_csharp_block_is_a_compiled_snippet_or_labelled_as_not_compiled()
    {
        var notChecked = new List<string>();
        foreach (var file in Documents())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp" || (i > 0 && Marker().IsMatch(lines[i - 1])))
                {
                    continue;
                }

                // An illustration that is not meant to compile says so in the text right above it.
                var above = lines.Take(i).LastOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
                if (!above.Contains("not compiled", StringComparison.OrdinalIgnoreCase))
                {
                    notChecked.Add($"{Relative(file)}:{i + 1}");
                }
            }
        }

        Assert.True(notChecked.Count == 0, "C# blocks that no compiler checks (add a <!-- snippet: name --> marker and a region in samples/DocSnippets, or label the block 'not compiled'): " + string.Join(", ", notChecked));
    }

    [Fact]
    public void Regions_are_well_formed()
    {
        Assert.NotEmpty(SourceRegions());
    }

    private static IEnumerable<(string File, string Name, string Code)> DocumentBlocks()
    {
        foreach (var file in Documents())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i + 1 < lines.Length; i++)
            {
                var marker = Marker().Match(lines[i]);
                if (!marker.Success || lines[i + 1].Trim() != "```csharp")
                {
                    continue;
                }

                var end = Array.FindIndex(lines, i + 2, l => l.Trim() == "```");
                Assert.True(end > i, $"{Relative(file)}:{i + 1}: unterminated code fence.");
                yield return (Relative(file), marker.Groups["name"].Value, Normalize(lines[(i + 2)..end]));
            }
        }
    }

    private static Dictionary<string, string> SourceRegions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new[] { "samples", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var start = RegionStart().Match(lines[i]);
                if (!start.Success)
                {
                    continue;
                }

                var name = start.Groups["name"].Value;
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == $"// </snippet:{name}>");
                Assert.True(end > i, $"{Relative(file)}:{i + 1}: region '{name}' is not closed with // </snippet:{name}>.");
                Assert.True(regions.TryAdd(name, Normalize(lines[(i + 1)..end])), $"{Relative(file)}: region '{name}' is defined twice.");
            }
        }

        return regions;
    }

    /// <summary>Removes the common indentation and trailing white space, so a region reads as the docs show it.</summary>
    private static string Normalize(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()).TrimEnd())).Trim('\n');
    }

    private static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md"));

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IWlz.Client.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"IWlz.Client.sln not found above {AppContext.BaseDirectory}; the snippet check runs from the repository's build output.");
    }

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<name>[A-Za-z0-9_.-]+)\s*-->\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*// <snippet:(?<name>[A-Za-z0-9_.-]+)>\s*$")]
    private static partial Regex RegionStart();
}

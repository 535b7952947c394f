// Linked into the generator, runtime and simulator test projects (see template-subset-cases.txt).
namespace IWlz.Client.TestCorpus;

/// <summary>One case of the shared template-subset corpus.</summary>
/// <param name="Title">What the case is about; unique.</param>
/// <param name="Accept">Whether the request is a subset of the template.</param>
/// <param name="TemplateName">The template's name in the corpus.</param>
/// <param name="Template">The template document.</param>
/// <param name="Request">The request document.</param>
/// <param name="VariablesJson">The request's variable values as a JSON object; <c>{}</c> when the case has none.</param>
internal sealed record TemplateSubsetCase(string Title, bool Accept, string TemplateName, string Template, string Request, string VariablesJson)
{
    public override string ToString() => Title;
}

/// <summary>Reads template-subset-cases.txt, which the test projects copy next to their assembly.</summary>
internal static class TemplateSubsetCorpus
{
    public const string FileName = "template-subset-cases.txt";

    private static readonly Lazy<(string Schema, IReadOnlyList<TemplateSubsetCase> Cases)> Loaded = new(Load);

    public static string Schema => Loaded.Value.Schema;

    public static IReadOnlyList<TemplateSubsetCase> Cases => Loaded.Value.Cases;

    /// <summary>The case titles, as xunit member data.</summary>
    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var item in Cases)
        {
            data.Add(item.Title);
        }

        return data;
    }

    public static TemplateSubsetCase Case(string title) => Cases.Single(c => c.Title == title);

    private static (string, IReadOnlyList<TemplateSubsetCase>) Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        var blocks = new List<(string Header, List<string> Lines)>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                blocks.Add((line[4..].Trim(), []));
            }
            else if (blocks.Count > 0)
            {
                blocks[^1].Lines.Add(line);
            }
        }

        string? schema = null;
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var cases = new List<TemplateSubsetCase>();
        foreach (var (header, lines) in blocks)
        {
            if (header == "schema")
            {
                schema = Text(lines);
            }
            else if (header.StartsWith("template ", StringComparison.Ordinal))
            {
                templates.Add(header["template ".Length..].Trim(), Text(lines));
            }
            else if (header.StartsWith("case ", StringComparison.Ordinal))
            {
                cases.Add(ReadCase(header["case ".Length..].Trim(), lines, templates));
            }
            else
            {
                throw new InvalidDataException($"{FileName}: unknown block '=== {header}'.");
            }
        }

        if (schema is null || cases.Count == 0)
        {
            throw new InvalidDataException($"{FileName}: a schema block and at least one case are required.");
        }

        if (cases.Select(c => c.Title).Distinct(StringComparer.Ordinal).Count() != cases.Count)
        {
            throw new InvalidDataException($"{FileName}: case titles must be unique.");
        }

        return (schema, cases);
    }

    private static TemplateSubsetCase ReadCase(string title, List<string> lines, Dictionary<string, string> templates)
    {
        var separator = lines.FindIndex(l => l.Trim() == "--- request");
        if (separator < 0)
        {
            throw new InvalidDataException($"{FileName}: case '{title}' has no '--- request' line.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Take(separator).Where(l => l.Trim().Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataException($"{FileName}: case '{title}': '{line}' is not 'key: value'.");
            }

            fields.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        var expect = fields.GetValueOrDefault("expect");
        if (expect is not ("accept" or "reject"))
        {
            throw new InvalidDataException($"{FileName}: case '{title}' needs 'expect: accept' or 'expect: reject'.");
        }

        var templateName = fields.GetValueOrDefault("template") ?? throw new InvalidDataException($"{FileName}: case '{title}' names no template.");
        if (!templates.TryGetValue(templateName, out var template))
        {
            throw new InvalidDataException($"{FileName}: case '{title}' names template '{templateName}', which is not defined above it.");
        }

        return new TemplateSubsetCase(title, expect == "accept", templateName, template, Text(lines.Skip(separator + 1)), fields.GetValueOrDefault("variables") ?? "{}");
    }

    private static string Text(IEnumerable<string> lines) => string.Join('\n', lines).Trim() + "\n";
}

using System.Collections.Concurrent;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// A parsed request document: its single operation and shape, or why it cannot be sent. Results are
/// cached per document text, so each generated document is parsed once per process; the cache stops
/// growing at <see cref="MaxCached"/> entries so that documents built at run time cannot exhaust memory.
/// </summary>
internal sealed class DocumentAnalysis
{
    internal const int MaxCached = 512;
    private static readonly ConcurrentDictionary<string, DocumentAnalysis> Cache = new(StringComparer.Ordinal);

    private DocumentAnalysis(OperationNode? operation, SelectionShape? shape, TemplateViolation? problem, string? problemText)
    {
        Operation = operation;
        Shape = shape;
        Problem = problem;
        ProblemText = problemText;
    }

    public OperationNode? Operation { get; }

    public SelectionShape? Shape { get; }

    public TemplateViolation? Problem { get; }

    /// <summary>What is wrong, naming positions and names only.</summary>
    public string? ProblemText { get; }

    public static DocumentAnalysis Of(string document)
    {
        if (Cache.TryGetValue(document, out var cached))
        {
            return cached;
        }

        var analysis = Analyse(document);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(document, analysis);
        }

        return analysis;
    }

    private static DocumentAnalysis Analyse(string document)
    {
        try
        {
            var parsed = ExecutableDocumentParser.Parse(document);
            if (parsed.Operations.Count != 1)
            {
                return Fail(TemplateViolation.NotOneOperation, $"The document holds {parsed.Operations.Count} operations; a request to an iWlz service holds exactly one.");
            }

            var operation = parsed.Operations[0];
            var shape = SelectionShape.Build(operation, parsed.Fragments);
            // One entry in the answer's data: aliases of the same field count separately, a repeated field once.
            if (shape.ResponseNames.Count != 1)
            {
                return Fail(TemplateViolation.NotOneRootField, $"The operation selects {shape.ResponseNames.Count} root fields ({string.Join(", ", shape.ResponseNames.Order(StringComparer.Ordinal))}); a request to an iWlz service selects exactly one.");
            }

            return new DocumentAnalysis(operation, shape, null, null);
        }
        catch (DocumentSyntaxException ex)
        {
            return Fail(TemplateViolation.InvalidDocument, $"The document is not valid GraphQL: {ex.Message}.");
        }
    }

    private static DocumentAnalysis Fail(TemplateViolation problem, string text) => new(null, null, problem, text);
}

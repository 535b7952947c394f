using Microsoft.CodeAnalysis;

namespace IWlz.Client.Generator.Tests.Infrastructure;

internal static class DiagnosticAssert
{
    /// <summary>Asserts exactly one diagnostic with <paramref name="id"/>, at a 1-based line and column of <paramref name="path"/>.</summary>
    public static Diagnostic Single(GeneratorRun run, string id, string path, int line, int column, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var matches = run.WithId(id).ToList();
        Assert.True(matches.Count == 1, $"Expected one {id}, got:{Environment.NewLine}{string.Join(Environment.NewLine, run.Diagnostics)}");
        var diagnostic = matches[0];
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(severity, diagnostic.Severity);
        return diagnostic;
    }
}

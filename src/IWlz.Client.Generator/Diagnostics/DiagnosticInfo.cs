using System;
using IWlz.Client.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Location = Microsoft.CodeAnalysis.Location;

namespace IWlz.Client.Generator.Diagnostics;

/// <summary>
/// An equatable description of a diagnostic. Pipeline values carry these instead of <see cref="Diagnostic"/>,
/// which holds a <see cref="Location"/> and would defeat incremental caching.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Message, string? FilePath, TextRange Range)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string? filePath, TextRange range, string message) =>
        new(descriptor.Id, message, filePath, range);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = Descriptors.ById(Id);
        return Diagnostic.Create(descriptor, ToLocation(), Message);
    }

    private Location ToLocation()
    {
        if (FilePath is null)
        {
            return Location.None;
        }

        var span = new TextSpan(Range.Start, Math.Max(0, Range.End - Range.Start));
        var lines = new LinePositionSpan(
            new LinePosition(Range.StartLine, Range.StartColumn),
            new LinePosition(Range.EndLine, Range.EndColumn));
        return Location.Create(FilePath, span, lines);
    }
}

namespace IWlz.Client.Registers.Internal;

/// <summary>A GraphQL document could not be read; the message names the position, never the text around it.</summary>
internal sealed class DocumentSyntaxException(string message, int line, int column)
    : Exception($"{message} (line {line}, column {column})")
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

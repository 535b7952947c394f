namespace IWlz.Client.Generator.Model;

/// <summary>A span in a .graphql file: character offsets plus 0-based line and column of both ends.</summary>
internal readonly record struct TextRange(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static TextRange None => default;

    public bool IsNone => Start == 0 && End == 0 && StartLine == 0 && StartColumn == 0 && EndLine == 0 && EndColumn == 0;
}

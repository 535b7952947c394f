using System;
using System.Collections.Generic;
using IWlz.Client.Generator.Model;

namespace IWlz.Client.Generator.Parsing;

/// <summary>Maps character offsets to 0-based lines and columns (\n, \r\n and \r end a line).</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public TextRange Range(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, _length));
        end = Math.Max(start, Math.Min(end, _length));
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new TextRange(start, end, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>A range from a 1-based line and column, as the parser reports syntax errors.</summary>
    public TextRange FromLineColumn(int line, int column)
    {
        var lineIndex = Math.Max(0, Math.Min(line - 1, _lineStarts.Count - 1));
        var offset = Math.Min(_lineStarts[lineIndex] + Math.Max(0, column - 1), _length);
        return Range(offset, Math.Min(offset + 1, _length));
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index, offset - _lineStarts[index]);
    }
}

using System.Globalization;
using System.Text;

namespace IWlz.Client.Registers.Internal;

internal enum TokenKind
{
    End,
    Punctuator,
    Name,
    Int,
    Float,
    String,
}

/// <summary>One lexical token; <see cref="Value"/> is the punctuator, name, number text or decoded string.</summary>
internal readonly record struct Token(TokenKind Kind, string Value, int Line, int Column);

/// <summary>
/// Splits a GraphQL executable document into tokens, following the October 2021 specification: white
/// space, line terminators, commas, comments and a byte-order mark are ignored; strings and block strings
/// are decoded to their values.
/// </summary>
internal sealed class GraphQLLexer
{
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public GraphQLLexer(string text)
    {
        _text = text;
    }

    public Token Next()
    {
        SkipIgnored();
        var line = _line;
        var column = _position - _lineStart + 1;
        if (_position >= _text.Length)
        {
            return new Token(TokenKind.End, string.Empty, line, column);
        }

        var c = _text[_position];
        switch (c)
        {
            case '!' or '$' or '&' or '(' or ')' or ':' or '=' or '@' or '[' or ']' or '{' or '|' or '}':
                _position++;
                return new Token(TokenKind.Punctuator, c.ToString(), line, column);
            case '.':
                if (Peek(1) == '.' && Peek(2) == '.')
                {
                    _position += 3;
                    return new Token(TokenKind.Punctuator, "...", line, column);
                }

                throw Error("Expected '...'", line, column);
            case '"':
                return ReadString(line, column);
        }

        if (c == '_' || char.IsAsciiLetter(c))
        {
            var start = _position;
            while (_position < _text.Length && (_text[_position] == '_' || char.IsAsciiLetterOrDigit(_text[_position])))
            {
                _position++;
            }

            return new Token(TokenKind.Name, _text[start.._position], line, column);
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ReadNumber(line, column);
        }

        throw Error($"Unexpected character U+{(int)c:X4}", line, column);
    }

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private void SkipIgnored()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or ',' or '\uFEFF')
            {
                _position++;
            }
            else if (c is '\n' or '\r')
            {
                _position += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                _line++;
                _lineStart = _position;
            }
            else if (c == '#')
            {
                while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                {
                    _position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token ReadNumber(int line, int column)
    {
        var start = _position;
        var isFloat = false;
        if (Peek(0) == '-')
        {
            _position++;
        }

        if (Peek(0) == '0')
        {
            _position++;
            if (char.IsAsciiDigit(Peek(0)))
            {
                throw Error("A number may not have a leading zero", line, column);
            }
        }
        else
        {
            ReadDigits(line, column);
        }

        if (Peek(0) == '.')
        {
            isFloat = true;
            _position++;
            ReadDigits(line, column);
        }

        if (Peek(0) is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (Peek(0) is '+' or '-')
            {
                _position++;
            }

            ReadDigits(line, column);
        }

        if (Peek(0) == '.' || Peek(0) == '_' || char.IsAsciiLetter(Peek(0)))
        {
            throw Error("A number is directly followed by a name or '.'", line, column);
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, _text[start.._position], line, column);
    }

    private void ReadDigits(int line, int column)
    {
        if (!char.IsAsciiDigit(Peek(0)))
        {
            throw Error("Expected a digit", line, column);
        }

        while (char.IsAsciiDigit(Peek(0)))
        {
            _position++;
        }
    }

    private Token ReadString(int line, int column)
    {
        if (Peek(1) == '"' && Peek(2) == '"')
        {
            return ReadBlockString(line, column);
        }

        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length || _text[_position] is '\n' or '\r')
            {
                throw Error("Unterminated string", line, column);
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return new Token(TokenKind.String, value.ToString(), line, column);
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var escape = Peek(0);
            _position++;
            switch (escape)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u': value.Append(ReadUnicodeEscape(line, column)); break;
                default: throw Error("Invalid escape sequence in a string", line, column);
            }
        }
    }

    private string ReadUnicodeEscape(int line, int column)
    {
        int code;
        if (Peek(0) == '{')
        {
            var end = _text.IndexOf('}', _position);
            if (end < 0 || end - _position - 1 is < 1 or > 6
                || !int.TryParse(_text.AsSpan(_position + 1, end - _position - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code)
                || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            {
                throw Error("Invalid Unicode escape in a string", line, column);
            }

            _position = end + 1;
            return char.ConvertFromUtf32(code);
        }

        if (_position + 4 > _text.Length
            || !int.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code))
        {
            throw Error("Invalid Unicode escape in a string", line, column);
        }

        _position += 4;
        return ((char)code).ToString();
    }

    private Token ReadBlockString(int line, int column)
    {
        _position += 3;
        var raw = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("Unterminated block string", line, column);
            }

            var c = _text[_position];
            if (c == '"' && Peek(1) == '"' && Peek(2) == '"')
            {
                _position += 3;
                return new Token(TokenKind.String, BlockStringValue(raw.ToString()), line, column);
            }

            if (c == '\\' && Peek(1) == '"' && Peek(2) == '"' && Peek(3) == '"')
            {
                raw.Append("\"\"\"");
                _position += 4;
                continue;
            }

            if (c is '\n' or '\r')
            {
                _position += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                _line++;
                _lineStart = _position;
                raw.Append('\n');
                continue;
            }

            raw.Append(c);
            _position++;
        }
    }

    /// <summary>The specification's BlockStringValue: removes the common indentation and blank first and last lines.</summary>
    private static string BlockStringValue(string raw)
    {
        var lines = raw.Split('\n');
        int? common = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var indent = lines[i].TakeWhile(ch => ch is ' ' or '\t').Count();
            if (indent < lines[i].Length && (common is null || indent < common))
            {
                common = indent;
            }
        }

        if (common is { } remove)
        {
            for (var i = 1; i < lines.Length; i++)
            {
                lines[i] = lines[i].Length >= remove ? lines[i][remove..] : string.Empty;
            }
        }

        var first = 0;
        var last = lines.Length - 1;
        while (first <= last && string.IsNullOrWhiteSpace(lines[first].Replace('\t', ' ')))
        {
            first++;
        }

        while (last >= first && string.IsNullOrWhiteSpace(lines[last].Replace('\t', ' ')))
        {
            last--;
        }

        return first > last ? string.Empty : string.Join('\n', lines[first..(last + 1)]);
    }

    private static DocumentSyntaxException Error(string message, int line, int column) => new(message, line, column);
}

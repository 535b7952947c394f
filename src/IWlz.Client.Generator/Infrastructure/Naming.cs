using System;
using System.Collections.Generic;
using System.Text;

namespace IWlz.Client.Generator.Infrastructure;

/// <summary>Turns GraphQL names into C# identifiers.</summary>
internal static class Naming
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// PascalCase: splits on '_' and on characters that are not letters or digits, upper-cases the first
    /// letter of every part, and lower-cases parts written entirely in capitals (AGB → Agb,
    /// NIEUWE_INDICATIE → NieuweIndicatie). Mixed-case parts keep their casing (wlzIndicatieID → WlzIndicatieID).
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var part = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                part.Append(c);
            }
            else
            {
                AppendPart(builder, part);
            }
        }

        AppendPart(builder, part);
        if (builder.Length == 0)
        {
            return "Value";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    private static void AppendPart(StringBuilder builder, StringBuilder part)
    {
        if (part.Length == 0)
        {
            return;
        }

        var text = part.ToString();
        part.Clear();
        var hasLower = false;
        var hasLetter = false;
        foreach (var c in text)
        {
            hasLower |= char.IsLower(c);
            hasLetter |= char.IsLetter(c);
        }

        if (hasLetter && !hasLower)
        {
            builder.Append(text[0]);
            builder.Append(text.Substring(1).ToLowerInvariant());
        }
        else
        {
            builder.Append(char.ToUpperInvariant(text[0]));
            builder.Append(text, 1, text.Length - 1);
        }
    }

    /// <summary>camelCase form, used for parameters and locals.</summary>
    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return EscapeKeyword(camel);
    }

    public static string EscapeKeyword(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    public static bool IsValidIdentifier(string value)
    {
        if (value.Length == 0 || !(char.IsLetter(value[0]) || value[0] == '_'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !Keywords.Contains(value);
    }

    public static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A C# regular string literal, with every character that needs it escaped.</summary>
    public static string ToStringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 32 || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Escapes text for use on one line of an XML documentation comment. A line break becomes a space
    /// (it would end the <c>///</c> comment, and dropping it would glue two words together); other
    /// control characters are dropped.
    /// </summary>
    public static string EscapeXml(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>
    /// Escapes text for an XML documentation comment and keeps its line breaks, normalised to <c>\n</c>,
    /// for callers that write each line behind its own <c>///</c>.
    /// </summary>
    public static string EscapeXmlLines(string text) => Escape(text, keepLineBreaks: true);

    private static string Escape(string text, bool keepLineBreaks)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break; // the \n that follows is the line break
                case '\r':
                case '\n':
                case '\u2028':
                case '\u2029':
                case '\u0085':
                    builder.Append(keepLineBreaks ? '\n' : ' ');
                    break;
                default:
                    if (c >= 32 || c == '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}

/// <summary>
/// Hands out unique member names inside one C# type: the enclosing type's own name and object's members
/// are reserved, and a clash gets a numeric suffix. Allocation order decides who keeps the plain name,
/// so callers allocate in document order for deterministic output.
/// </summary>
internal sealed class NameScope
{
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals" };
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public NameScope(params string[] reserved)
    {
        foreach (var name in ObjectMembers)
        {
            _used.Add(name);
        }

        foreach (var name in reserved)
        {
            _used.Add(name);
        }
    }

    public string Allocate(string desired)
    {
        var candidate = desired;
        var counter = 2;
        while (!_used.Add(candidate))
        {
            candidate = desired + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            counter++;
        }

        return candidate;
    }

    public void Reserve(string name) => _used.Add(name);

    public bool IsUsed(string name) => _used.Contains(name);
}

/// <summary>Edit distance, used for "did you mean" hints in diagnostics.</summary>
internal static class Suggestions
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var threshold = Math.Max(1, (name.Length + 1) / 3);
        return best is not null && bestDistance <= threshold ? best : null;
    }

    public static string Hint(string name, IEnumerable<string> candidates)
    {
        var closest = Closest(name, candidates);
        return closest is null ? string.Empty : $" Did you mean '{closest}'?";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions cost 1.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

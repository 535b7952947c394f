using System.Buffers;
using System.Text.RegularExpressions;
using IWlz.Client.Privacy;

namespace IWlz.Client.Errors.Internal;

/// <summary>
/// Makes server text safe for an exception message or a log line: possible BSNs masked, identifiers
/// (UUIDs, the form of <c>wlzIndicatieID</c> and record IDs) masked, control characters removed, length capped.
/// </summary>
internal static partial class ServerText
{
    /// <summary>What a UUID in server text is replaced with.</summary>
    internal const string IdentifierMask = "<id>";

    private const int MaxLength = 300;
    private const int MaxCodeLength = 64;

    // The characters char.IsControl is true for, as a SearchValues set: the two IndexOfAnyInRange calls it replaces
    // allocated 192 bytes per check on .NET 10 (measured), and every error is checked twice (message and code).
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(ControlRanges());

    [GeneratedRegex("[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();

    /// <summary>Masks possible BSNs and UUIDs; keeps everything else (for GraphQL error messages kept whole).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    internal static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var scrubbed = SensitiveText.Scrub(text);
        return HasEightHexDigitsInARow(scrubbed) ? Uuid().Replace(scrubbed, IdentifierMask) : scrubbed;
    }

    /// <summary>
    /// Whether the text has eight hexadecimal digits in a row, as every UUID starts with. Most server text has no
    /// such run, and this loop over it costs a fraction of the regular expression's search (which an error answer
    /// needs two or three times: each error's message, the first message and the code).
    /// </summary>
    internal static bool HasEightHexDigitsInARow(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiHexDigit(c) ? run + 1 : 0;
            if (run == 8)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Makes a server's error code (GraphQL <c>extensions.code</c>, the legacy <c>ErrorCode</c>) safe for an
    /// exception message: it is remote text too, so it is masked and its length is capped.
    /// </summary>
    internal static string? Code(string? code)
    {
        var clean = Clean(code);
        return clean is null || clean.Length <= MaxCodeLength ? clean : string.Concat(clean.AsSpan(0, MaxCodeLength), "…");
    }

    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = Mask(text.Trim());
        if (trimmed.Length > MaxLength)
        {
            trimmed = string.Concat(trimmed.AsSpan(0, MaxLength), "…");
        }

        // Most server text has no control characters: then the masked text is the result, without a copy.
        return HasControl(trimmed) ? string.Create(trimmed.Length, trimmed, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }) : trimmed;
    }

    /// <summary>Whether the text has a character <see cref="char.IsControl(char)"/> is true for (U+0000–U+001F, U+007F–U+009F).</summary>
    private static bool HasControl(string text) => text.AsSpan().ContainsAny(ControlCharacters);

    private static string ControlRanges()
    {
        var chars = new List<char>();
        for (var c = '\u0000'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c))
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }
}

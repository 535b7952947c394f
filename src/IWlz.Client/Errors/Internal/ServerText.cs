using IWlz.Client.Privacy;

namespace IWlz.Client.Errors.Internal;

/// <summary>Makes server text safe for an exception message: possible BSNs masked, control characters removed, length capped.</summary>
internal static class ServerText
{
    private const int MaxLength = 300;

    private const int MaxCodeLength = 64;

    /// <summary>
    /// Makes a server's error code (GraphQL <c>extensions.code</c>, the legacy <c>ErrorCode</c>) safe for an
    /// exception message: it is remote text too, so possible BSNs are masked and its length is capped.
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

        var trimmed = SensitiveText.Scrub(text.Trim());
        if (trimmed.Length > MaxLength)
        {
            trimmed = string.Concat(trimmed.AsSpan(0, MaxLength), "…");
        }

        var chars = trimmed.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        return new string(chars);
    }
}

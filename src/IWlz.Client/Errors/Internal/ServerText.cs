using IWlz.Client.Privacy;

namespace IWlz.Client.Errors.Internal;

/// <summary>Makes server text safe for an exception message: possible BSNs masked, control characters removed, length capped.</summary>
internal static class ServerText
{
    private const int MaxLength = 300;

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

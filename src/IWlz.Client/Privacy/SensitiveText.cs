using System.Text;

namespace IWlz.Client.Privacy;

/// <summary>
/// Scrubs free text that came from the network (GraphQL error messages, error bodies) before it is
/// logged or put into an exception message: every run of exactly nine digits that passes the 11-proef
/// could be a BSN and is replaced by <c>*********</c>.
/// </summary>
public static class SensitiveText
{
    /// <summary>The replacement for a possible BSN.</summary>
    public const string Mask = "*********";

    /// <summary>Returns <paramref name="text"/> with every possible BSN masked.</summary>
    /// <param name="text">Free text, or <see langword="null"/>.</param>
    /// <returns>The scrubbed text; <see langword="null"/> stays <see langword="null"/>.</returns>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        StringBuilder? builder = null;
        var copiedUpTo = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - start == 9 && Bsn.IsValid(text.AsSpan(start, 9)))
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copiedUpTo, start - copiedUpTo).Append(Mask);
                copiedUpTo = i;
            }
        }

        if (builder is null)
        {
            return text;
        }

        return builder.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }
}

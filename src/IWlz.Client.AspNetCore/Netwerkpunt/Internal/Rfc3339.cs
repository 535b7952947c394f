using System.Globalization;
using System.Text.RegularExpressions;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>Reads the <c>DateTime</c> scalar: RFC 3339 with a mandatory offset (<c>Z</c> or <c>±hh:mm</c>).</summary>
internal static partial class Rfc3339
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length > 40)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        // .NET keeps 7 fraction digits (100 ns); RFC 3339 allows more, so the rest is cut off.
        var fraction = match.Groups["fraction"].Value;
        var normalized = fraction.Length > 8 ? text.Replace(fraction, fraction[..8], StringComparison.Ordinal) : text;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?<fraction>\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}

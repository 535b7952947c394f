using System.Text.RegularExpressions;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// Guards tag values that come from outside the SDK's own constants (caller options, the network): only a
/// short name that starts with a letter is kept, so a number (a possible BSN), a URL or free text never
/// becomes a tag, and a hostile value cannot explode metric cardinality.
/// </summary>
internal static partial class SafeTag
{
    internal const string Other = "other";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    /// <summary>Returns <paramref name="value"/> when it is a plain name, <see langword="null"/> when absent, else <c>other</c>.</summary>
    internal static string? NameOrOther(string? value) =>
        value is null ? null : Name().IsMatch(value) ? value : Other;
}

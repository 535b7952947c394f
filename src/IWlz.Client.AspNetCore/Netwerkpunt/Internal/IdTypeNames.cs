namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Tolerant reading of ID type names: the canonical <c>IDTypeEnum</c> values in any letter case, plus
/// <c>AGBCODE</c> for <c>AGB</c> (used by the BR and LR notification specs). The SDK never emits the variants.
/// </summary>
/// <remarks>Temporary: to be replaced by the tolerant parser of the typed IDType enum in IWlz.Client.Notifications.</remarks>
internal static class IdTypeNames
{
    private static readonly string[] Canonical = ["AGB", "BSN", "KVK", "OIN", "UZOVI"];

    public static bool TryNormalize(string raw, IReadOnlyList<string> allowed, out string canonical)
    {
        foreach (var value in allowed)
        {
            if (string.Equals(value, raw, StringComparison.Ordinal))
            {
                canonical = value;
                return true;
            }
        }

        var candidate = string.Equals(raw, "AGBCODE", StringComparison.OrdinalIgnoreCase) ? "AGB" : raw;
        foreach (var value in allowed)
        {
            if (string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase) && Canonical.Contains(value))
            {
                canonical = value;
                return true;
            }
        }

        canonical = string.Empty;
        return false;
    }
}

using System.Diagnostics.CodeAnalysis;

namespace IWlz.Client.Notifications;

/// <summary>Reads and writes <see cref="IDType"/> values as they appear in messages and tokens.</summary>
public static class IDTypes
{
    /// <summary>
    /// Reads an ID type tolerantly: the five enum names in any letter case, and the alias
    /// <c>AGBCODE</c> (any case, as the Bemiddelingsregister and Leveringsregister specifications
    /// write it) for <see cref="IDType.AGB"/>. Surrounding white space is ignored.
    /// </summary>
    /// <param name="text">The received text.</param>
    /// <param name="idType">The ID type, when recognised.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names an ID type.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IDType idType)
    {
        idType = default;
        if (text is null)
        {
            return false;
        }

        var value = text.AsSpan().Trim();
        IDType? match = value switch
        {
            _ when value.Equals("AGB", StringComparison.OrdinalIgnoreCase) => IDType.AGB,
            _ when value.Equals("AGBCODE", StringComparison.OrdinalIgnoreCase) => IDType.AGB,
            _ when value.Equals("BSN", StringComparison.OrdinalIgnoreCase) => IDType.BSN,
            _ when value.Equals("KVK", StringComparison.OrdinalIgnoreCase) => IDType.KVK,
            _ when value.Equals("OIN", StringComparison.OrdinalIgnoreCase) => IDType.OIN,
            _ when value.Equals("UZOVI", StringComparison.OrdinalIgnoreCase) => IDType.UZOVI,
            _ => null,
        };

        if (match is null)
        {
            return false;
        }

        idType = match.Value;
        return true;
    }

    /// <summary>Reads an ID type like <see cref="TryParse"/>, but throws when it is not recognised.</summary>
    /// <param name="text">The received text.</param>
    /// <returns>The ID type.</returns>
    /// <exception cref="FormatException">The text is not one of the accepted ID type spellings.</exception>
    public static IDType Parse(string? text)
    {
        if (TryParse(text, out var idType))
        {
            return idType;
        }

        throw new FormatException(
            text is null
                ? "An ID type is required; expected one of AGB, BSN, KVK, OIN or UZOVI."
                : $"'{Truncate(text)}' is not an ID type; expected one of AGB, BSN, KVK, OIN or UZOVI (AGBCODE is read as AGB).");
    }

    /// <summary>The value to send on the wire: always one of <c>AGB</c>, <c>BSN</c>, <c>KVK</c>, <c>OIN</c>, <c>UZOVI</c>.</summary>
    /// <param name="idType">The ID type.</param>
    /// <returns>The enum name as the netwerkpunt schema defines it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idType"/> is not a defined member.</exception>
    public static string ToWireValue(IDType idType) => idType switch
    {
        IDType.AGB => "AGB",
        IDType.BSN => "BSN",
        IDType.KVK => "KVK",
        IDType.OIN => "OIN",
        IDType.UZOVI => "UZOVI",
        _ => throw new ArgumentOutOfRangeException(nameof(idType), idType, "Not a defined ID type."),
    };

    /// <summary>Like <see cref="ToWireValue"/>, but prints an undefined value as its number instead of throwing.</summary>
    internal static string ToWireValueOrNumber(IDType idType) =>
        Enum.IsDefined(idType) ? ToWireValue(idType) : ((int)idType).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Truncate(string text)
    {
        var scrubbed = Privacy.SensitiveText.Scrub(text);
        return scrubbed.Length <= 16 ? scrubbed : string.Concat(scrubbed.AsSpan(0, 16), "…");
    }
}

using System.Collections.Frozen;

namespace IWlz.Client.Testing.Internal.Notifications;

/// <summary>
/// The notification event types the simulated PDP allows, with the sender's and receiver's ID type
/// (from the iWlz notification specifications of IR-2/IR-3, BR-1/BR-1.1 and LR-1).
/// </summary>
internal static class EventCatalogue
{
    public const string Foutmelding = "IWLZFOUTMELDING";

    public static readonly FrozenDictionary<string, (string Sender, string Receiver)> Events = Build();

    private static FrozenDictionary<string, (string, string)> Build()
    {
        var events = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["NIEUWE_INDICATIE_ZORGKANTOOR"] = ("KVK", "UZOVI"),
            ["VERVALLEN_INDICATIE_ZORGKANTOOR"] = ("KVK", "UZOVI"),
            ["GEWIJZIGDE_INDICATIE_ZORGKANTOOR"] = ("KVK", "UZOVI"),
            ["VERWIJDERDE_INDICATIE_ZORGKANTOOR"] = ("KVK", "UZOVI"),
            ["INFORMATIEVE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER"] = ("UZOVI", "AGB"),
            ["NIEUW_VERZOEKAANBIEDER_AANBIEDER"] = ("AGB", "AGB"),
            ["NIEUW_VERZOEK_ZORGKANTOOR"] = ("AGB", "UZOVI"),
            ["NIEUW_AFSTEL_ZORGKANTOOR"] = ("AGB", "UZOVI"),
            ["GEWIJZIGD_AFSTEL_ZORGKANTOOR"] = ("AGB", "UZOVI"),
            ["VERWIJDERD_AFSTEL_ZORGKANTOOR"] = ("AGB", "UZOVI"),
        };
        foreach (var prefix in new[] { "NIEUWE_", "GEWIJZIGDE_", "VERWIJDERDE_" })
        {
            events[prefix + "VERVALLENGELDIGHEID_ZORGKANTOOR"] = ("KVK", "UZOVI");
            events[prefix + "BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER"] = ("UZOVI", "AGB");
            events[prefix + "REGIEHOUDER_ZORGAANBIEDER"] = ("UZOVI", "AGB");
            events[prefix + "BEMIDDELINGSPECIFICATIE_ZORGKANTOOR"] = ("UZOVI", "UZOVI");
            events[prefix + "OVERDRACHT_ZORGKANTOOR"] = ("UZOVI", "UZOVI");
            events["INFORMATIEVE_" + prefix + "BEMIDDELINGSPECIFICATIE_ZORGKANTOOR"] = ("UZOVI", "UZOVI");
            events[prefix + "REGIEHOUDER_ZORGKANTOOR"] = ("UZOVI", "UZOVI");
            events[prefix + "LEVERINGPERIODE_ZORGKANTOOR"] = ("AGB", "UZOVI");
            events[prefix + "BEHANDELINGPERIODE_ZORGKANTOOR"] = ("AGB", "UZOVI");
            events[prefix + "UITSTELPERIODE_ZORGKANTOOR"] = ("AGB", "UZOVI");
        }

        return events.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

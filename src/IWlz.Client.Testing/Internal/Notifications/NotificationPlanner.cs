using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using IWlz.Client.Testing.Internal.Data;

namespace IWlz.Client.Testing.Internal.Notifications;

/// <summary>A notification a bronhouder must send after a change.</summary>
internal sealed record PlannedNotification(
    string EventType,
    string AfzenderIDType,
    string AfzenderID,
    string OntvangerIDType,
    string OntvangerID,
    string Subject,
    string RecordID);

/// <summary>
/// Decides which mandatory notifications a change triggers, following the notification pages of
/// IR-2, BR-1 and LR-1: who sends (the bronhouder), who receives, and the subject and record ID.
/// </summary>
internal static class NotificationPlanner
{
    private const string CizKvk = "62253778";

    public static IReadOnlyList<PlannedNotification> Plan(DataChange change)
    {
        var s = change.Snapshot;
        var verb = change.Before is null ? Verb.New : change.After is null ? Verb.Removed : Verb.Changed;
        var record = change.After ?? change.Before!;
        var result = new List<PlannedNotification>();
        switch (record)
        {
            case WlzIndicatieRecord indicatie:
                if (verb == Verb.New)
                {
                    result.Add(new("NIEUWE_INDICATIE_ZORGKANTOOR", "KVK", CizKvk, "UZOVI", indicatie.InitieelVerantwoordelijkZorgkantoor, $"WlzIndicatie/{indicatie.WlzindicatieID}", $"WlzIndicatie/{indicatie.WlzindicatieID}"));
                }
                else if (verb == Verb.Changed && indicatie.Vervaldatum is not null && ((WlzIndicatieRecord)change.Before!).Vervaldatum is null)
                {
                    var receivers = s.All<BemiddelingRecord>().Where(b => b.WlzIndicatieID == indicatie.WlzindicatieID)
                        .Select(b => b.VerantwoordelijkZorgkantoor)
                        .Prepend(indicatie.InitieelVerantwoordelijkZorgkantoor)
                        .Distinct(StringComparer.Ordinal);
                    result.AddRange(receivers.Select(zk => new PlannedNotification("VERVALLEN_INDICATIE_ZORGKANTOOR", "KVK", CizKvk, "UZOVI", zk, $"WlzIndicatie/{indicatie.WlzindicatieID}", $"WlzIndicatie/{indicatie.WlzindicatieID}")));
                }

                break;
            case BemiddelingspecificatieRecord spec when s.Find<BemiddelingRecord>(spec.BemiddelingID) is { } bemiddeling:
                var subject = $"Bemiddeling/{bemiddeling.BemiddelingID}";
                var recordId = $"Bemiddelingspecificatie/{spec.BemiddelingspecificatieID}";
                if (spec.Instelling is { Length: > 0 } instelling)
                {
                    result.Add(new(Prefix(verb) + "BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "UZOVI", bemiddeling.VerantwoordelijkZorgkantoor, "AGB", instelling, subject, recordId));
                }

                if (spec.UitvoerendZorgkantoor != bemiddeling.VerantwoordelijkZorgkantoor)
                {
                    result.Add(new(Prefix(verb) + "BEMIDDELINGSPECIFICATIE_ZORGKANTOOR", "UZOVI", bemiddeling.VerantwoordelijkZorgkantoor, "UZOVI", spec.UitvoerendZorgkantoor, subject, recordId));
                }

                break;
            case RegiehouderRecord regiehouder when s.Find<BemiddelingRecord>(regiehouder.BemiddelingID) is { } bemiddeling:
                result.Add(new(Prefix(verb) + "REGIEHOUDER_ZORGAANBIEDER", "UZOVI", bemiddeling.VerantwoordelijkZorgkantoor, "AGB", regiehouder.Instelling, $"Bemiddeling/{bemiddeling.BemiddelingID}", $"Regiehouder/{regiehouder.RegiehouderID}"));
                break;
            case OverdrachtRecord overdracht when s.Find<BemiddelingRecord>(overdracht.BemiddelingID) is { } bemiddeling:
                result.Add(new(Prefix(verb) + "OVERDRACHT_ZORGKANTOOR", "UZOVI", bemiddeling.VerantwoordelijkZorgkantoor, "UZOVI", overdracht.VerantwoordelijkZorgkantoor, $"Overdracht/{overdracht.OverdrachtID}", $"Overdracht/{overdracht.OverdrachtID}"));
                break;
            case LeveringperiodeRecord periode:
                result.AddRange(ToZorgkantoren(s, periode.LeveringID, Prefix(verb) + "LEVERINGPERIODE_ZORGKANTOOR", $"Leveringperiode/{periode.LeveringperiodeID}"));
                break;
            case UitstelperiodeRecord uitstel:
                result.AddRange(ToZorgkantoren(s, uitstel.LeveringID, Prefix(verb) + "UITSTELPERIODE_ZORGKANTOOR", $"Uitstelperiode/{uitstel.UitstelperiodeID}"));
                break;
            case AfstelRecord afstel:
                var afstelPrefix = verb switch { Verb.New => "NIEUW_", Verb.Changed => "GEWIJZIGD_", _ => "VERWIJDERD_" };
                result.AddRange(ToZorgkantoren(s, afstel.LeveringID, afstelPrefix + "AFSTEL_ZORGKANTOOR", $"Afstel/{afstel.AfstelID}"));
                break;
            case VerzoekRecord verzoek when verb == Verb.New:
                result.AddRange(ToZorgkantoren(s, verzoek.LeveringID, "NIEUW_VERZOEK_ZORGKANTOOR", $"Verzoek/{verzoek.VerzoekID}", responsibleOnly: true));
                break;
            case VerzoekAanbiederRecord verzoekAanbieder when verb == Verb.New
                && s.Find<VerzoekRecord>(verzoekAanbieder.VerzoekID) is { } verzoek
                && s.Find<LeveringRecord>(verzoek.LeveringID) is { } levering:
                result.Add(new("NIEUW_VERZOEKAANBIEDER_AANBIEDER", "AGB", levering.Aanbieder, "AGB", verzoekAanbieder.Aanbieder, $"Verzoek/{verzoek.VerzoekID}", $"VerzoekAanbieder/{verzoekAanbieder.VerzoekAanbiederID}"));
                break;
            default:
                break;
        }

        return result;
    }

    private static IEnumerable<PlannedNotification> ToZorgkantoren(DataSnapshot s, Guid leveringId, string eventType, string recordId, bool responsibleOnly = false)
    {
        if (s.Find<LeveringRecord>(leveringId) is not { } levering
            || s.Find<BemiddelingspecificatieRecord>(levering.BemiddelingspecificatieID) is not { } spec
            || s.Find<BemiddelingRecord>(spec.BemiddelingID) is not { } bemiddeling)
        {
            yield break;
        }

        var subject = $"Levering/{levering.BemiddelingspecificatieID}";
        yield return new(eventType, "AGB", levering.Aanbieder, "UZOVI", bemiddeling.VerantwoordelijkZorgkantoor, subject, recordId);
        if (!responsibleOnly && spec.UitvoerendZorgkantoor != bemiddeling.VerantwoordelijkZorgkantoor)
        {
            yield return new(eventType, "AGB", levering.Aanbieder, "UZOVI", spec.UitvoerendZorgkantoor, subject, recordId);
        }
    }

    private static string Prefix(Verb verb) => verb switch
    {
        Verb.New => "NIEUWE_",
        Verb.Changed => "GEWIJZIGDE_",
        _ => "VERWIJDERDE_",
    };

    private enum Verb
    {
        New,
        Changed,
        Removed,
    }
}

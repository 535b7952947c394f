using IWlz.Client.Notifications;
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
    string RecordID)
{
    /// <summary>
    /// A notification of a catalogued event type: the sender's and receiver's ID types and the entities
    /// its <c>subject</c> and <c>recordID</c> name come from the SDK's <see cref="NotificationCatalogue"/>.
    /// </summary>
    public static PlannedNotification Create(string eventType, string afzenderId, string ontvangerId, Guid subjectId, Guid recordId)
    {
        var entry = NotificationCatalogue.FindPreferred(eventType)
            ?? throw new InvalidOperationException($"The simulator planned '{eventType}', which is not in the notification catalogue.");
        return new PlannedNotification(
            entry.EventType,
            IDTypes.ToWireValue(entry.SenderIdType),
            afzenderId,
            IDTypes.ToWireValue(entry.ReceiverIdType),
            ontvangerId,
            $"{entry.SubjectEntity}/{subjectId}",
            $"{entry.RecordIdEntity}/{recordId}");
    }
}

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
                    result.Add(PlannedNotification.Create("NIEUWE_INDICATIE_ZORGKANTOOR", CizKvk, indicatie.InitieelVerantwoordelijkZorgkantoor, indicatie.WlzindicatieID, indicatie.WlzindicatieID));
                }
                else if (verb == Verb.Changed && indicatie.Vervaldatum is not null && ((WlzIndicatieRecord)change.Before!).Vervaldatum is null)
                {
                    var receivers = s.All<BemiddelingRecord>().Where(b => b.WlzIndicatieID == indicatie.WlzindicatieID)
                        .Select(b => b.VerantwoordelijkZorgkantoor)
                        .Prepend(indicatie.InitieelVerantwoordelijkZorgkantoor)
                        .Distinct(StringComparer.Ordinal);
                    result.AddRange(receivers.Select(zk => PlannedNotification.Create("VERVALLEN_INDICATIE_ZORGKANTOOR", CizKvk, zk, indicatie.WlzindicatieID, indicatie.WlzindicatieID)));
                }

                break;
            case BemiddelingspecificatieRecord spec when s.Find<BemiddelingRecord>(spec.BemiddelingID) is { } bemiddeling:
                if (spec.Instelling is { Length: > 0 } instelling)
                {
                    result.Add(PlannedNotification.Create(Prefix(verb) + "BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", bemiddeling.VerantwoordelijkZorgkantoor, instelling, bemiddeling.BemiddelingID, spec.BemiddelingspecificatieID));
                }

                if (spec.UitvoerendZorgkantoor != bemiddeling.VerantwoordelijkZorgkantoor)
                {
                    result.Add(PlannedNotification.Create(Prefix(verb) + "BEMIDDELINGSPECIFICATIE_ZORGKANTOOR", bemiddeling.VerantwoordelijkZorgkantoor, spec.UitvoerendZorgkantoor, bemiddeling.BemiddelingID, spec.BemiddelingspecificatieID));
                }

                break;
            case RegiehouderRecord regiehouder when s.Find<BemiddelingRecord>(regiehouder.BemiddelingID) is { } bemiddeling:
                result.Add(PlannedNotification.Create(Prefix(verb) + "REGIEHOUDER_ZORGAANBIEDER", bemiddeling.VerantwoordelijkZorgkantoor, regiehouder.Instelling, bemiddeling.BemiddelingID, regiehouder.RegiehouderID));
                break;
            case OverdrachtRecord overdracht when s.Find<BemiddelingRecord>(overdracht.BemiddelingID) is { } bemiddeling:
                result.Add(PlannedNotification.Create(Prefix(verb) + "OVERDRACHT_ZORGKANTOOR", bemiddeling.VerantwoordelijkZorgkantoor, overdracht.VerantwoordelijkZorgkantoor, overdracht.OverdrachtID, overdracht.OverdrachtID));
                break;
            case LeveringperiodeRecord periode:
                result.AddRange(ToZorgkantoren(s, periode.LeveringID, Prefix(verb) + "LEVERINGPERIODE_ZORGKANTOOR", periode.LeveringperiodeID));
                break;
            case UitstelperiodeRecord uitstel:
                result.AddRange(ToZorgkantoren(s, uitstel.LeveringID, Prefix(verb) + "UITSTELPERIODE_ZORGKANTOOR", uitstel.UitstelperiodeID));
                break;
            case AfstelRecord afstel:
                var afstelPrefix = verb switch { Verb.New => "NIEUW_", Verb.Changed => "GEWIJZIGD_", _ => "VERWIJDERD_" };
                result.AddRange(ToZorgkantoren(s, afstel.LeveringID, afstelPrefix + "AFSTEL_ZORGKANTOOR", afstel.AfstelID));
                break;
            case VerzoekRecord verzoek when verb == Verb.New:
                result.AddRange(ToZorgkantoren(s, verzoek.LeveringID, "NIEUW_VERZOEK_ZORGKANTOOR", verzoek.VerzoekID, responsibleOnly: true));
                break;
            case VerzoekAanbiederRecord verzoekAanbieder when verb == Verb.New
                && s.Find<VerzoekRecord>(verzoekAanbieder.VerzoekID) is { } verzoek
                && s.Find<LeveringRecord>(verzoek.LeveringID) is { } levering:
                result.Add(PlannedNotification.Create("NIEUW_VERZOEKAANBIEDER_AANBIEDER", levering.Aanbieder, verzoekAanbieder.Aanbieder, verzoek.VerzoekID, verzoekAanbieder.VerzoekAanbiederID));
                break;
            default:
                break;
        }

        return result;
    }

    private static IEnumerable<PlannedNotification> ToZorgkantoren(DataSnapshot s, Guid leveringId, string eventType, Guid recordId, bool responsibleOnly = false)
    {
        if (s.Find<LeveringRecord>(leveringId) is not { } levering
            || s.Find<BemiddelingspecificatieRecord>(levering.BemiddelingspecificatieID) is not { } spec
            || s.Find<BemiddelingRecord>(spec.BemiddelingID) is not { } bemiddeling)
        {
            yield break;
        }

        // The Leveringsregister's subject Levering/{id} carries the bemiddelingspecificatieID.
        yield return PlannedNotification.Create(eventType, levering.Aanbieder, bemiddeling.VerantwoordelijkZorgkantoor, levering.BemiddelingspecificatieID, recordId);
        if (!responsibleOnly && spec.UitvoerendZorgkantoor != bemiddeling.VerantwoordelijkZorgkantoor)
        {
            yield return PlannedNotification.Create(eventType, levering.Aanbieder, spec.UitvoerendZorgkantoor, levering.BemiddelingspecificatieID, recordId);
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

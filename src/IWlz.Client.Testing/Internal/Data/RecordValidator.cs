using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using Br = IWlz.Client.Testing.Data.Bemiddelingsregister;

namespace IWlz.Client.Testing.Internal.Data;

/// <summary>
/// Checks a record before it is stored: a key must be set and every reference must point to a
/// stored record, so a query never meets a dangling relation. BSNs are not checked: a test may
/// store an invalid one on purpose to see how a client copes.
/// </summary>
internal static class RecordValidator
{
    public static void Validate(object record, DataSnapshot snapshot)
    {
        var kind = RecordKind.Of(record.GetType());
        if (kind.Key(record) == Guid.Empty)
        {
            throw new ArgumentException($"The {kind.Entity} record has an empty ID; give it a version 4 UUID (Guid.NewGuid()).", nameof(record));
        }

        switch (record)
        {
            case WlzIndicatieRecord indicatie:
                ArgumentNullException.ThrowIfNull(indicatie.Client, nameof(WlzIndicatieRecord.Client));
                break;
            case BemiddelingRecord b:
                Require<Br.ClientRecord>(snapshot, b.ClientID, "Bemiddeling", nameof(b.ClientID));
                break;
            case BemiddelingspecificatieRecord s:
                Require<BemiddelingRecord>(snapshot, s.BemiddelingID, "Bemiddelingspecificatie", nameof(s.BemiddelingID));
                break;
            case RegiehouderRecord r:
                Require<BemiddelingRecord>(snapshot, r.BemiddelingID, "Regiehouder", nameof(r.BemiddelingID));
                break;
            case OverdrachtRecord o:
                Require<BemiddelingRecord>(snapshot, o.BemiddelingID, "Overdracht", nameof(o.BemiddelingID));
                break;
            case OverdrachtspecificatieRecord o:
                Require<OverdrachtRecord>(snapshot, o.OverdrachtID, "Overdrachtspecificatie", nameof(o.OverdrachtID));
                Require<BemiddelingspecificatieRecord>(snapshot, o.BemiddelingspecificatieID, "Overdrachtspecificatie", nameof(o.BemiddelingspecificatieID));
                break;
            case ContactpersoonRecord c:
                Require<Br.ClientRecord>(snapshot, c.ClientID, "Contactpersoon", nameof(c.ClientID));
                break;
            case ClientContactgegevensRecord c:
                Require<Br.ClientRecord>(snapshot, c.ClientID, "ClientContactgegevens", nameof(c.ClientID));
                break;
            case ContactpersoonContactgegevensRecord c:
                Require<ContactpersoonRecord>(snapshot, c.ContactpersoonID, "ContactpersoonContactgegevens", nameof(c.ContactpersoonID));
                break;
            case LeveringperiodeRecord l:
                Require<LeveringRecord>(snapshot, l.LeveringID, "Leveringperiode", nameof(l.LeveringID));
                break;
            case UitstelperiodeRecord u:
                Require<LeveringRecord>(snapshot, u.LeveringID, "Uitstelperiode", nameof(u.LeveringID));
                break;
            case AfstelRecord a:
                Require<LeveringRecord>(snapshot, a.LeveringID, "Afstel", nameof(a.LeveringID));
                break;
            case VerzoekRecord v:
                Require<LeveringRecord>(snapshot, v.LeveringID, "Verzoek", nameof(v.LeveringID));
                break;
            case VerzoekAanbiederRecord v:
                Require<VerzoekRecord>(snapshot, v.VerzoekID, "VerzoekAanbieder", nameof(v.VerzoekID));
                break;
            default:
                break;
        }
    }

    private static void Require<T>(DataSnapshot snapshot, Guid id, string entity, string property)
        where T : class
    {
        if (snapshot.Find<T>(id) is null)
        {
            throw new ArgumentException(
                $"The {entity} record refers through {property} to {typeof(T).Name} {id}, which the simulator does not hold. Save that record first.",
                nameof(id));
        }
    }
}

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

        if (record is WlzIndicatieRecord indicatie)
        {
            ArgumentNullException.ThrowIfNull(indicatie.Client, nameof(WlzIndicatieRecord.Client));
        }

        foreach (var reference in References(record))
        {
            if (!reference.Exists(snapshot))
            {
                throw new ArgumentException(
                    $"The {kind.Entity} record refers through {reference.Property} to {reference.Target} {reference.Id}, which the simulator does not hold. Save that record first.",
                    nameof(record));
            }
        }
    }

    /// <summary>The stored records that <paramref name="record"/> points to (its foreign keys).</summary>
    private static Reference[] References(object record) => record switch
    {
        BemiddelingRecord b => [To<Br.ClientRecord>(b.ClientID, nameof(b.ClientID))],
        BemiddelingspecificatieRecord s => [To<BemiddelingRecord>(s.BemiddelingID, nameof(s.BemiddelingID))],
        RegiehouderRecord r => [To<BemiddelingRecord>(r.BemiddelingID, nameof(r.BemiddelingID))],
        OverdrachtRecord o => [To<BemiddelingRecord>(o.BemiddelingID, nameof(o.BemiddelingID))],
        OverdrachtspecificatieRecord o =>
        [
            To<OverdrachtRecord>(o.OverdrachtID, nameof(o.OverdrachtID)),
            To<BemiddelingspecificatieRecord>(o.BemiddelingspecificatieID, nameof(o.BemiddelingspecificatieID)),
        ],
        ContactpersoonRecord c => [To<Br.ClientRecord>(c.ClientID, nameof(c.ClientID))],
        ClientContactgegevensRecord c => [To<Br.ClientRecord>(c.ClientID, nameof(c.ClientID))],
        ContactpersoonContactgegevensRecord c => [To<ContactpersoonRecord>(c.ContactpersoonID, nameof(c.ContactpersoonID))],
        LeveringperiodeRecord l => [To<LeveringRecord>(l.LeveringID, nameof(l.LeveringID))],
        UitstelperiodeRecord u => [To<LeveringRecord>(u.LeveringID, nameof(u.LeveringID))],
        AfstelRecord a => [To<LeveringRecord>(a.LeveringID, nameof(a.LeveringID))],
        VerzoekRecord v => [To<LeveringRecord>(v.LeveringID, nameof(v.LeveringID))],
        VerzoekAanbiederRecord v => [To<VerzoekRecord>(v.VerzoekID, nameof(v.VerzoekID))],
        _ => [],
    };

    private static Reference To<T>(Guid id, string property)
        where T : class => new(id, property, typeof(T).Name, snapshot => snapshot.Find<T>(id) is not null);

    /// <summary>One foreign key: the ID, the property that holds it and the record type it must name.</summary>
    private sealed record Reference(Guid Id, string Property, string Target, Func<DataSnapshot, bool> Exists);
}

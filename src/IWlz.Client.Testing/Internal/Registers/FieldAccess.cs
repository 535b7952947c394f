using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using IWlz.Client.Testing.Internal.Data;
using Br = IWlz.Client.Testing.Data.Bemiddelingsregister;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>
/// Reads a schema field (or a filter-only field) from a record. Plain fields map to the property of
/// the same name; relations between records are looked up in the register partition being queried,
/// so a Bemiddelingsregister never shows what another zorgkantoor holds.
/// </summary>
internal static class FieldAccess
{
    private delegate object? Relation(object source, DataSnapshot view);

    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, PropertyInfo>> Properties = new();

    private static readonly FrozenDictionary<(Type, string), Relation> Relations = new Dictionary<(Type, string), Relation>
    {
        // Bemiddelingsregister. Filter-only fields (Client.regiehouder, Regiehouder.client) are here too.
        [(typeof(Br.ClientRecord), "bemiddeling")] = (s, v) => v.By<BemiddelingRecord>("client", b => b.ClientID, ((Br.ClientRecord)s).ClientID),
        [(typeof(Br.ClientRecord), "contactpersoon")] = (s, v) => v.By<ContactpersoonRecord>("client", c => c.ClientID, ((Br.ClientRecord)s).ClientID),
        [(typeof(Br.ClientRecord), "contactgegevens")] = (s, v) => v.By<ClientContactgegevensRecord>("client", c => c.ClientID, ((Br.ClientRecord)s).ClientID),
        [(typeof(Br.ClientRecord), "regiehouder")] = (s, v) => v.By<BemiddelingRecord>("client", b => b.ClientID, ((Br.ClientRecord)s).ClientID)
            .SelectMany(b => v.By<RegiehouderRecord>("bemiddeling", r => r.BemiddelingID, b.BemiddelingID)).ToArray(),
        [(typeof(BemiddelingRecord), "client")] = (s, v) => v.Find<Br.ClientRecord>(((BemiddelingRecord)s).ClientID),
        [(typeof(BemiddelingRecord), "bemiddelingspecificatie")] = (s, v) => v.By<BemiddelingspecificatieRecord>("bemiddeling", b => b.BemiddelingID, ((BemiddelingRecord)s).BemiddelingID),
        [(typeof(BemiddelingRecord), "regiehouder")] = (s, v) => v.By<RegiehouderRecord>("bemiddeling", r => r.BemiddelingID, ((BemiddelingRecord)s).BemiddelingID),
        [(typeof(BemiddelingRecord), "overdracht")] = (s, v) => v.By<OverdrachtRecord>("bemiddeling", o => o.BemiddelingID, ((BemiddelingRecord)s).BemiddelingID).FirstOrNull(),
        [(typeof(BemiddelingspecificatieRecord), "bemiddeling")] = (s, v) => v.Find<BemiddelingRecord>(((BemiddelingspecificatieRecord)s).BemiddelingID),
        [(typeof(BemiddelingspecificatieRecord), "overdrachtspecificatie")] = (s, v) => v.By<OverdrachtspecificatieRecord>("specificatie", o => o.BemiddelingspecificatieID, ((BemiddelingspecificatieRecord)s).BemiddelingspecificatieID).FirstOrNull(),
        [(typeof(RegiehouderRecord), "bemiddeling")] = (s, v) => v.Find<BemiddelingRecord>(((RegiehouderRecord)s).BemiddelingID),
        [(typeof(RegiehouderRecord), "client")] = (s, v) => v.Find<BemiddelingRecord>(((RegiehouderRecord)s).BemiddelingID) is { } b ? v.Find<Br.ClientRecord>(b.ClientID) : null,
        [(typeof(OverdrachtRecord), "bemiddeling")] = (s, v) => v.Find<BemiddelingRecord>(((OverdrachtRecord)s).BemiddelingID),
        [(typeof(OverdrachtRecord), "overdrachtspecificatie")] = (s, v) => v.By<OverdrachtspecificatieRecord>("overdracht", o => o.OverdrachtID, ((OverdrachtRecord)s).OverdrachtID),
        [(typeof(OverdrachtspecificatieRecord), "overdracht")] = (s, v) => v.Find<OverdrachtRecord>(((OverdrachtspecificatieRecord)s).OverdrachtID),
        [(typeof(OverdrachtspecificatieRecord), "bemiddelingspecificatie")] = (s, v) => v.Find<BemiddelingspecificatieRecord>(((OverdrachtspecificatieRecord)s).BemiddelingspecificatieID),
        [(typeof(ContactpersoonRecord), "client")] = (s, v) => v.Find<Br.ClientRecord>(((ContactpersoonRecord)s).ClientID),
        [(typeof(ContactpersoonRecord), "contactgegevens")] = (s, v) => v.By<ContactpersoonContactgegevensRecord>("contactpersoon", c => c.ContactpersoonID, ((ContactpersoonRecord)s).ContactpersoonID),
        [(typeof(ClientContactgegevensRecord), "client")] = (s, v) => v.Find<Br.ClientRecord>(((ClientContactgegevensRecord)s).ClientID),
        [(typeof(ContactpersoonContactgegevensRecord), "contactpersoon")] = (s, v) => v.Find<ContactpersoonRecord>(((ContactpersoonContactgegevensRecord)s).ContactpersoonID),

        // Leveringsregister.
        [(typeof(LeveringRecord), "client")] = (s, _) => new LeveringClientNode(((LeveringRecord)s).ClientID, ((LeveringRecord)s).Bsn),
        [(typeof(LeveringClientNode), "leveringen")] = (s, v) => v.By<LeveringRecord>("client", l => l.ClientID, ((LeveringClientNode)s).ClientID),
        [(typeof(LeveringRecord), "leveringperiodes")] = (s, v) => v.By<LeveringperiodeRecord>("levering", l => l.LeveringID, ((LeveringRecord)s).LeveringID),
        [(typeof(LeveringRecord), "uitstelperiodes")] = (s, v) => v.By<UitstelperiodeRecord>("levering", l => l.LeveringID, ((LeveringRecord)s).LeveringID),
        [(typeof(LeveringRecord), "afstel")] = (s, v) => v.By<AfstelRecord>("levering", l => l.LeveringID, ((LeveringRecord)s).LeveringID).FirstOrNull(),
        [(typeof(LeveringRecord), "verzoeken")] = (s, v) => v.By<VerzoekRecord>("levering", l => l.LeveringID, ((LeveringRecord)s).LeveringID),
        [(typeof(LeveringperiodeRecord), "levering")] = (s, v) => v.Find<LeveringRecord>(((LeveringperiodeRecord)s).LeveringID),
        [(typeof(UitstelperiodeRecord), "levering")] = (s, v) => v.Find<LeveringRecord>(((UitstelperiodeRecord)s).LeveringID),
        [(typeof(AfstelRecord), "levering")] = (s, v) => v.Find<LeveringRecord>(((AfstelRecord)s).LeveringID),
        [(typeof(VerzoekRecord), "levering")] = (s, v) => v.Find<LeveringRecord>(((VerzoekRecord)s).LeveringID),
        [(typeof(VerzoekRecord), "verzoekAanbieders")] = (s, v) => v.By<VerzoekAanbiederRecord>("verzoek", a => a.VerzoekID, ((VerzoekRecord)s).VerzoekID),
        [(typeof(VerzoekAanbiederRecord), "verzoek")] = (s, v) => v.Find<VerzoekRecord>(((VerzoekAanbiederRecord)s).VerzoekID),

        // Indicatieregister: fields the schema still carries for compatibility.
        [(typeof(BeperkingRecord), "beperkingScores")] = (s, _) => ((BeperkingRecord)s).BeperkingScore,
        [(typeof(IWlz.Client.Testing.Data.Indicatieregister.ContactPersoonRecord), "organisatieNaam")] = (_, _) => null,
        [(typeof(IWlz.Client.Testing.Data.Indicatieregister.ClientRecord), "contactGegevens")] = (s, _) => ((IWlz.Client.Testing.Data.Indicatieregister.ClientRecord)s).ContactGegevens ?? [],
        [(typeof(IWlz.Client.Testing.Data.Indicatieregister.ContactPersoonRecord), "contactGegevens")] = (s, _) => ((IWlz.Client.Testing.Data.Indicatieregister.ContactPersoonRecord)s).ContactGegevens ?? [],
    }.ToFrozenDictionary();

    /// <summary>Reads <paramref name="field"/> from <paramref name="source"/>.</summary>
    /// <param name="source">A record, or a node the resolver made.</param>
    /// <param name="field">The schema or filter field name.</param>
    /// <param name="view">The register partition the query runs against.</param>
    /// <param name="ancestors">The sources above this one in the query, nearest first, for fields that point up a tree.</param>
    public static object? Get(object source, string field, DataSnapshot view, IEnumerable<object>? ancestors = null)
    {
        if (Relations.TryGetValue((source.GetType(), field), out var relation))
        {
            return relation(source, view);
        }

        var properties = PropertiesOf(source.GetType());
        if (properties.TryGetValue(field, out var property))
        {
            return property.GetValue(source);
        }

        // Deprecated `id` fields of the Indicatieregister carry the same value as the functional ID.
        if (field == "id")
        {
            var idProperty = properties.Values.FirstOrDefault(p => p.PropertyType == typeof(Guid) && p.Name.EndsWith("ID", StringComparison.Ordinal));
            return idProperty?.GetValue(source);
        }

        // Fields that point to the record a nested record sits in (ContactGegevens.clientID,
        // ContactPersoon.clientID, BehandelingPeriode.leveringperiode).
        if (ancestors is not null)
        {
            return FromAncestors(source, field, ancestors);
        }

        return null;
    }

    private static object? FromAncestors(object source, string field, IEnumerable<object> ancestors)
    {
        switch (source, field)
        {
            case (ContactGegevensRecord, "clientID"):
                var owner = ancestors.FirstOrDefault(a => a is IWlz.Client.Testing.Data.Indicatieregister.ClientRecord or IWlz.Client.Testing.Data.Indicatieregister.ContactPersoonRecord);
                return owner is IWlz.Client.Testing.Data.Indicatieregister.ClientRecord c ? c.ClientID : null;
            case (ContactGegevensRecord, "contactPersoonID"):
                var person = ancestors.FirstOrDefault(a => a is IWlz.Client.Testing.Data.Indicatieregister.ClientRecord or IWlz.Client.Testing.Data.Indicatieregister.ContactPersoonRecord);
                return person is IWlz.Client.Testing.Data.Indicatieregister.ContactPersoonRecord p ? p.ContactPersoonID : null;
            case (IWlz.Client.Testing.Data.Indicatieregister.ContactPersoonRecord, "clientID"):
                return ancestors.OfType<IWlz.Client.Testing.Data.Indicatieregister.ClientRecord>().Select(c => (Guid?)c.ClientID).FirstOrDefault();
            case (BehandelingPeriodeRecord, "leveringperiode"):
                return ancestors.OfType<LeveringperiodeRecord>().FirstOrDefault();
            default:
                return null;
        }
    }

    private static T? FirstOrNull<T>(this IReadOnlyList<T> items)
        where T : class => items.Count > 0 ? items[0] : null;

    private static FrozenDictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToFrozenDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.OrdinalIgnoreCase));
}

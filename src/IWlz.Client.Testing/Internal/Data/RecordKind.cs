using System.Collections.Frozen;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using IWlz.Client.Testing.Internal.Schemas;

namespace IWlz.Client.Testing.Internal.Data;

/// <summary>What the simulator knows about one stored record type: its key, its register and its entity name.</summary>
internal sealed class RecordKind
{
    private RecordKind(Type type, RegisterKind register, string entity, Func<object, Guid> key)
    {
        Type = type;
        Register = register;
        Entity = entity;
        Key = key;
    }

    public Type Type { get; }

    public RegisterKind Register { get; }

    /// <summary>The entity name used in notification subjects and record IDs, e.g. <c>Bemiddelingspecificatie</c>.</summary>
    public string Entity { get; }

    public Func<object, Guid> Key { get; }

    public static readonly FrozenDictionary<Type, RecordKind> All = new[]
    {
        Make<WlzIndicatieRecord>(RegisterKind.Indicatieregister, "WlzIndicatie", r => r.WlzindicatieID),
        Make<IWlz.Client.Testing.Data.Bemiddelingsregister.ClientRecord>(RegisterKind.Bemiddelingsregister, "Client", r => r.ClientID),
        Make<BemiddelingRecord>(RegisterKind.Bemiddelingsregister, "Bemiddeling", r => r.BemiddelingID),
        Make<BemiddelingspecificatieRecord>(RegisterKind.Bemiddelingsregister, "Bemiddelingspecificatie", r => r.BemiddelingspecificatieID),
        Make<RegiehouderRecord>(RegisterKind.Bemiddelingsregister, "Regiehouder", r => r.RegiehouderID),
        Make<OverdrachtRecord>(RegisterKind.Bemiddelingsregister, "Overdracht", r => r.OverdrachtID),
        Make<OverdrachtspecificatieRecord>(RegisterKind.Bemiddelingsregister, "Overdrachtspecificatie", r => r.OverdrachtspecificatieID),
        Make<ContactpersoonRecord>(RegisterKind.Bemiddelingsregister, "Contactpersoon", r => r.ContactpersoonID),
        Make<ClientContactgegevensRecord>(RegisterKind.Bemiddelingsregister, "ClientContactgegevens", r => r.ClientContactgegevensID),
        Make<ContactpersoonContactgegevensRecord>(RegisterKind.Bemiddelingsregister, "ContactpersoonContactgegevens", r => r.ContactpersoonContactgegevensID),
        Make<LeveringRecord>(RegisterKind.Leveringsregister, "Levering", r => r.LeveringID),
        Make<LeveringperiodeRecord>(RegisterKind.Leveringsregister, "Leveringperiode", r => r.LeveringperiodeID),
        Make<UitstelperiodeRecord>(RegisterKind.Leveringsregister, "Uitstelperiode", r => r.UitstelperiodeID),
        Make<AfstelRecord>(RegisterKind.Leveringsregister, "Afstel", r => r.AfstelID),
        Make<VerzoekRecord>(RegisterKind.Leveringsregister, "Verzoek", r => r.VerzoekID),
        Make<VerzoekAanbiederRecord>(RegisterKind.Leveringsregister, "VerzoekAanbieder", r => r.VerzoekAanbiederID),
    }.ToFrozenDictionary(k => k.Type);

    public static RecordKind Of(Type type) =>
        All.TryGetValue(type, out var kind)
            ? kind
            : throw new ArgumentException(
                $"{type.Name} is not a record type the simulator stores. Store one of: {string.Join(", ", All.Keys.Select(k => k.Name))}. Nested records (such as GrondslagRecord) are saved as part of their parent.",
                nameof(type));

    private static RecordKind Make<T>(RegisterKind register, string entity, Func<T, Guid> key)
        where T : class => new(typeof(T), register, entity, o => key((T)o));
}

using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using IWlz.Client.Testing.Internal.Schemas;

namespace IWlz.Client.Testing.Internal.Data;

/// <summary>
/// An immutable state of all simulated registers. A change makes a new snapshot, so a query always
/// reads one consistent state. Indexes and per-bronhouder partitions are built lazily and cached.
/// </summary>
internal sealed class DataSnapshot
{
    private readonly FrozenDictionary<Type, ImmutableList<object>> tables;
    private readonly ConcurrentDictionary<string, object> cache = new(StringComparer.Ordinal);

    private DataSnapshot(FrozenDictionary<Type, ImmutableList<object>> tables, RegisterKind? register, string? bronhouder)
    {
        this.tables = tables;
        Register = register;
        Bronhouder = bronhouder;
    }

    public static DataSnapshot Empty { get; } = new(
        RecordKind.All.Keys.ToFrozenDictionary(t => t, _ => ImmutableList<object>.Empty),
        null,
        null);

    /// <summary>The register this partition shows, or <see langword="null"/> for the whole network.</summary>
    public RegisterKind? Register { get; }

    /// <summary>The code (UZOVI, AGB, KVK) of the bronhouder this partition shows.</summary>
    public string? Bronhouder { get; }

    public IReadOnlyList<T> All<T>()
        where T : class => (IReadOnlyList<T>)Cached($"all:{typeof(T).Name}", () => tables[typeof(T)].Cast<T>().ToArray());

    public IReadOnlyList<object> AllOf(Type type) => tables[type];

    public T? Find<T>(Guid id)
        where T : class => ById<T>().TryGetValue(id, out var found) ? found : null;

    public IReadOnlyDictionary<Guid, T> ById<T>()
        where T : class
    {
        var kind = RecordKind.Of(typeof(T));
        return (IReadOnlyDictionary<Guid, T>)Cached($"id:{typeof(T).Name}", () =>
        {
            var map = new Dictionary<Guid, T>();
            foreach (var item in All<T>())
            {
                map[kind.Key(item)] = item;
            }

            return map;
        });
    }

    /// <summary>Records of <typeparamref name="T"/> grouped by a foreign key, in insertion order.</summary>
    public IReadOnlyList<T> By<T>(string indexName, Func<T, Guid> foreignKey, Guid value)
        where T : class
    {
        var lookup = (ILookup<Guid, T>)Cached($"fk:{typeof(T).Name}:{indexName}", () => All<T>().ToLookup(foreignKey));
        return lookup.Contains(value) ? lookup[value].ToArray() : [];
    }

    public DataSnapshot Upsert(object record)
    {
        var kind = RecordKind.Of(record.GetType());
        var key = kind.Key(record);
        var table = tables[kind.Type];
        var index = table.FindIndex(r => kind.Key(r) == key);
        var updated = index >= 0 ? table.SetItem(index, record) : table.Add(record);
        return With(kind.Type, updated);
    }

    public DataSnapshot Remove(Type type, Guid key)
    {
        var kind = RecordKind.Of(type);
        var table = tables[type];
        var index = table.FindIndex(r => kind.Key(r) == key);
        return index < 0 ? this : With(type, table.RemoveAt(index));
    }

    /// <summary>
    /// The part of the network one bronhouder's register serves: a Bemiddelingsregister holds the
    /// bemiddelingen its zorgkantoor is responsible for and what hangs off them; a Leveringsregister
    /// holds its zorgaanbieder's leveringen; the Indicatieregister holds every indicatie.
    /// </summary>
    public DataSnapshot Partition(RegisterKind register, string bronhouder) =>
        (DataSnapshot)Cached($"partition:{register}:{bronhouder}", () => BuildPartition(register, bronhouder));

    private DataSnapshot BuildPartition(RegisterKind register, string bronhouder)
    {
        var result = RecordKind.All.Keys.ToDictionary(t => t, _ => ImmutableList<object>.Empty);
        switch (register)
        {
            case RegisterKind.Indicatieregister:
                result[typeof(IWlz.Client.Testing.Data.Indicatieregister.WlzIndicatieRecord)] = tables[typeof(IWlz.Client.Testing.Data.Indicatieregister.WlzIndicatieRecord)];
                break;
            case RegisterKind.Bemiddelingsregister:
                var bemiddelingen = All<BemiddelingRecord>().Where(b => b.VerantwoordelijkZorgkantoor == bronhouder).ToArray();
                var bemiddelingIds = bemiddelingen.Select(b => b.BemiddelingID).ToHashSet();
                var clientIds = bemiddelingen.Select(b => b.ClientID).ToHashSet();
                var overdrachten = All<OverdrachtRecord>().Where(o => bemiddelingIds.Contains(o.BemiddelingID)).ToArray();
                var overdrachtIds = overdrachten.Select(o => o.OverdrachtID).ToHashSet();
                var contactpersonen = All<ContactpersoonRecord>().Where(c => clientIds.Contains(c.ClientID)).ToArray();
                var contactpersoonIds = contactpersonen.Select(c => c.ContactpersoonID).ToHashSet();
                Put<BemiddelingRecord>(result, bemiddelingen);
                Put(result, All<ClientRecord>().Where(c => clientIds.Contains(c.ClientID)));
                Put(result, All<BemiddelingspecificatieRecord>().Where(s => bemiddelingIds.Contains(s.BemiddelingID)));
                Put(result, All<RegiehouderRecord>().Where(r => bemiddelingIds.Contains(r.BemiddelingID)));
                Put<OverdrachtRecord>(result, overdrachten);
                Put(result, All<OverdrachtspecificatieRecord>().Where(o => overdrachtIds.Contains(o.OverdrachtID)));
                Put<ContactpersoonRecord>(result, contactpersonen);
                Put(result, All<ClientContactgegevensRecord>().Where(c => clientIds.Contains(c.ClientID)));
                Put(result, All<ContactpersoonContactgegevensRecord>().Where(c => contactpersoonIds.Contains(c.ContactpersoonID)));
                break;
            case RegisterKind.Leveringsregister:
                var leveringen = All<LeveringRecord>().Where(l => l.Aanbieder == bronhouder).ToArray();
                var leveringIds = leveringen.Select(l => l.LeveringID).ToHashSet();
                var verzoeken = All<VerzoekRecord>().Where(v => leveringIds.Contains(v.LeveringID)).ToArray();
                var verzoekIds = verzoeken.Select(v => v.VerzoekID).ToHashSet();
                Put<LeveringRecord>(result, leveringen);
                Put(result, All<LeveringperiodeRecord>().Where(l => leveringIds.Contains(l.LeveringID)));
                Put(result, All<UitstelperiodeRecord>().Where(l => leveringIds.Contains(l.LeveringID)));
                Put(result, All<AfstelRecord>().Where(l => leveringIds.Contains(l.LeveringID)));
                Put<VerzoekRecord>(result, verzoeken);
                Put(result, All<VerzoekAanbiederRecord>().Where(v => verzoekIds.Contains(v.VerzoekID)));
                break;
            default:
                break;
        }

        return new DataSnapshot(result.ToFrozenDictionary(), register, bronhouder);
    }

    private static void Put<T>(Dictionary<Type, ImmutableList<object>> tables, IEnumerable<T> items)
        where T : class => tables[typeof(T)] = ImmutableList.CreateRange<object>(items);

    private DataSnapshot With(Type type, ImmutableList<object> table)
    {
        var copy = tables.ToDictionary(t => t.Key, t => t.Value);
        copy[type] = table;
        return new DataSnapshot(copy.ToFrozenDictionary(), Register, Bronhouder);
    }

    private object Cached(string key, Func<object> factory) => cache.GetOrAdd(key, _ => factory());
}

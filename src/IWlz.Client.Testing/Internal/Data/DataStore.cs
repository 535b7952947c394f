namespace IWlz.Client.Testing.Internal.Data;

/// <summary>Holds the current snapshot; changes are serialised so no update is lost.</summary>
internal sealed class DataStore
{
    private readonly Lock gate = new();
    private DataSnapshot current = DataSnapshot.Empty;

    public DataSnapshot Current => Volatile.Read(ref current);

    public DataChange Upsert(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var kind = RecordKind.Of(record.GetType());
        lock (gate)
        {
            RecordValidator.Validate(record, current);
            var before = current.AllOf(kind.Type).FirstOrDefault(r => kind.Key(r) == kind.Key(record));
            current = current.Upsert(record);
            return new DataChange(kind, before, record, current);
        }
    }

    public DataChange? Remove(Type type, Guid key)
    {
        var kind = RecordKind.Of(type);
        lock (gate)
        {
            var before = current.AllOf(type).FirstOrDefault(r => kind.Key(r) == key);
            if (before is null)
            {
                return null;
            }

            var previous = current;
            current = current.Remove(type, key);
            return new DataChange(kind, before, null, previous);
        }
    }
}

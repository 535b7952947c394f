using System.Collections;
using IWlz.Client.Testing.Internal.Data;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>
/// Applies an <c>order</c> argument (a list of sort objects such as <c>[{ingangsdatum: DESC}]</c>)
/// to a nested list. Keys are applied in order; a nested object sorts by a related record's field;
/// missing values sort first in ascending order. The sort is stable.
/// </summary>
internal static class OrderEvaluator
{
    public static IReadOnlyList<object> Sort(IReadOnlyList<object> items, object order, DataSnapshot view)
    {
        var keys = new List<(string[] Path, bool Descending)>();
        foreach (var entry in ((IEnumerable)order).Cast<IDictionary<string, object?>?>())
        {
            if (entry is not null)
            {
                Collect(entry, [], keys);
            }
        }

        if (keys.Count == 0)
        {
            return items;
        }

        IOrderedEnumerable<object>? sorted = null;
        foreach (var (path, descending) in keys)
        {
            var comparer = Comparer<object?>.Create(ValueComparer.CompareNullable);
            object? Key(object item) => Read(item, path, view);
            sorted = sorted is null
                ? descending ? items.OrderByDescending(Key, comparer) : items.OrderBy(Key, comparer)
                : descending ? sorted.ThenByDescending(Key, comparer) : sorted.ThenBy(Key, comparer);
        }

        return sorted!.ToArray();
    }

    private static void Collect(IDictionary<string, object?> entry, string[] prefix, List<(string[], bool)> keys)
    {
        foreach (var (field, direction) in entry)
        {
            switch (direction)
            {
                case null:
                    break;
                case IDictionary<string, object?> nested:
                    Collect(nested, [.. prefix, field], keys);
                    break;
                default:
                    var text = direction.ToString();
                    keys.Add(([.. prefix, field], string.Equals(text, "DESC", StringComparison.Ordinal)));
                    break;
            }
        }
    }

    private static object? Read(object item, string[] path, DataSnapshot view)
    {
        object? current = item;
        foreach (var field in path)
        {
            if (current is null)
            {
                return null;
            }

            current = FieldAccess.Get(current, field, view);
        }

        return current;
    }
}

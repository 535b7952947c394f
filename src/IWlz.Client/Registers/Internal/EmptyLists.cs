using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// TEMPORARY, until the generator emits non-null result lists (GENERATOR-BUGS.md G2): replaces every null
/// list in a generated result with an empty one, so that the typed register clients never hand out a null
/// list. Registers may answer <c>null</c> for a nullable list field (the Leveringsregister's root fields,
/// the Bemiddelingsregister's contact data). Walks the result once; the property lists are cached per type.
/// </summary>
internal static class EmptyLists
{
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Generated result types keep their public properties: they are used by the generated JSON code.")]
    public static void Fill(object? value, int depth = 0)
    {
        if (value is null || depth > 64)
        {
            return;
        }

        if (value is System.Collections.IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                Fill(item, depth + 1);
            }

            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), Describe))
        {
            var current = member.Property.GetValue(value);
            if (current is null && member.EmptyList is not null)
            {
                member.Property.SetValue(value, member.EmptyList);
            }
            else
            {
                Fill(current, depth + 1);
            }
        }
    }

    private static Member[] Describe([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type) =>
        type.Namespace?.StartsWith("IWlz.Client.", StringComparison.Ordinal) == true && type.IsClass
            ? [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && !p.PropertyType.IsValueType && p.PropertyType != typeof(string))
                .Select(p => new Member(p, EmptyListFor(p.PropertyType)))]
            : [];

    private static Array? EmptyListFor(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
            : null;

    private sealed record Member(PropertyInfo Property, Array? EmptyList);
}

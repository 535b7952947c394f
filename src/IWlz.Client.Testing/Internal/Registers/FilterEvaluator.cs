using System.Collections;
using GraphQL.Types;
using IWlz.Client.Testing.Internal.Data;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>
/// Evaluates a HotChocolate-style <c>where</c> argument against an in-memory record, the way the
/// registers' filtering behaves: the fields of one filter object are AND-ed; <c>and</c>/<c>or</c>
/// combine nested filters; scalar fields take operation filters (eq, neq, in, nin, gt, ngt, gte,
/// ngte, lt, nlt, lte, nlte, contains, startsWith, endsWith and their negations); object fields take
/// a nested filter (false when the related record is absent); list fields take all/none/some/any.
/// Comparisons with a missing value are false, and their negations true, as lifted LINQ operators are.
/// </summary>
internal static class FilterEvaluator
{
    public static bool Matches(object record, IDictionary<string, object?> filter, IInputObjectGraphType filterType, DataSnapshot view)
    {
        foreach (var (key, operand) in filter)
        {
            if (operand is null)
            {
                // An explicit null filter object sets no condition.
                continue;
            }

            switch (key)
            {
                case "and":
                    if (!AsFilters(operand).All(f => Matches(record, f, filterType, view)))
                    {
                        return false;
                    }

                    continue;
                case "or":
                    var alternatives = AsFilters(operand).ToArray();
                    if (alternatives.Length > 0 && !alternatives.Any(f => Matches(record, f, filterType, view)))
                    {
                        return false;
                    }

                    continue;
                default:
                    break;
            }

            var fieldType = Unwrap(filterType.GetField(key)?.ResolvedType)
                ?? throw new InvalidOperationException($"Filter field '{key}' is not defined on {filterType.Name}.");
            var value = FieldAccess.Get(record, key, view);
            var nested = (IDictionary<string, object?>)operand;
            var ok = fieldType switch
            {
                IInputObjectGraphType op when IsOperationFilter(op) => MatchesOperation(value, nested),
                IInputObjectGraphType list when IsListFilter(list) => MatchesList(value, nested, ElementFilterType(list), view),
                IInputObjectGraphType obj => value is not null && Matches(value, nested, obj, view),
                _ => throw new InvalidOperationException($"Filter field '{key}' on {filterType.Name} has an unsupported type {fieldType.Name}."),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesOperation(object? value, IDictionary<string, object?> operations)
    {
        foreach (var (op, operand) in operations)
        {
            var ok = op switch
            {
                "eq" => ValueComparer.Equals(value, operand),
                "neq" => !ValueComparer.Equals(value, operand),
                "in" => operand is null || In(value, operand),
                "nin" => operand is null || !In(value, operand),
                "gt" => Ordered(value, operand, c => c > 0),
                "ngt" => !Ordered(value, operand, c => c > 0),
                "gte" => Ordered(value, operand, c => c >= 0),
                "ngte" => !Ordered(value, operand, c => c >= 0),
                "lt" => Ordered(value, operand, c => c < 0),
                "nlt" => !Ordered(value, operand, c => c < 0),
                "lte" => Ordered(value, operand, c => c <= 0),
                "nlte" => !Ordered(value, operand, c => c <= 0),
                "contains" => Text(value, operand, (s, o) => s.Contains(o, StringComparison.Ordinal)),
                "ncontains" => !Text(value, operand, (s, o) => s.Contains(o, StringComparison.Ordinal)),
                "startsWith" => Text(value, operand, (s, o) => s.StartsWith(o, StringComparison.Ordinal)),
                "nstartsWith" => !Text(value, operand, (s, o) => s.StartsWith(o, StringComparison.Ordinal)),
                "endsWith" => Text(value, operand, (s, o) => s.EndsWith(o, StringComparison.Ordinal)),
                "nendsWith" => !Text(value, operand, (s, o) => s.EndsWith(o, StringComparison.Ordinal)),
                "and" => operand is null || AsFilters(operand).All(f => MatchesOperation(value, f)),
                "or" => operand is null || AsFilters(operand).ToArray() is var alts && (alts.Length == 0 || alts.Any(f => MatchesOperation(value, f))),
                _ => throw new InvalidOperationException($"Unknown filter operation '{op}'."),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesList(object? value, IDictionary<string, object?> operations, IInputObjectGraphType elementType, DataSnapshot view)
    {
        if (value is not IEnumerable items || value is string)
        {
            return false;
        }

        var elements = items.Cast<object>().ToArray();
        foreach (var (op, operand) in operations)
        {
            if (operand is null)
            {
                continue;
            }

            var ok = op switch
            {
                "all" => elements.All(e => Matches(e, (IDictionary<string, object?>)operand, elementType, view)),
                "none" => !elements.Any(e => Matches(e, (IDictionary<string, object?>)operand, elementType, view)),
                "some" => elements.Any(e => Matches(e, (IDictionary<string, object?>)operand, elementType, view)),
                "any" => (bool)operand == elements.Length > 0,
                _ => throw new InvalidOperationException($"Unknown list filter operation '{op}'."),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool In(object? value, object operand) =>
        ((IEnumerable)operand).Cast<object?>().Any(candidate => ValueComparer.Equals(value, candidate));

    private static bool Ordered(object? value, object? operand, Func<int, bool> test) =>
        value is not null && operand is not null && test(ValueComparer.Compare(value, operand));

    private static bool Text(object? value, object? operand, Func<string, string, bool> test) =>
        value is string text && operand is string pattern && test(text, pattern);

    private static IEnumerable<IDictionary<string, object?>> AsFilters(object operand) =>
        ((IEnumerable)operand).Cast<IDictionary<string, object?>>();

    private static bool IsOperationFilter(IInputObjectGraphType type) =>
        type.Name.EndsWith("OperationFilterInput", StringComparison.Ordinal);

    private static bool IsListFilter(IInputObjectGraphType type) =>
        type.Name.StartsWith("ListFilterInputTypeOf", StringComparison.Ordinal);

    private static IInputObjectGraphType ElementFilterType(IInputObjectGraphType listType) =>
        (IInputObjectGraphType)Unwrap(listType.GetField("some")!.ResolvedType)!;

    public static IGraphType? Unwrap(IGraphType? type) =>
        type switch
        {
            NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
            ListGraphType list => Unwrap(list.ResolvedType),
            _ => type,
        };
}

using System.Collections;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using IWlz.Client.Testing.Internal.Data;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>
/// The one resolver every register field uses: it reads the field from the record (or the root
/// collection from the partition), then applies the field's <c>where</c> and <c>order</c> arguments.
/// </summary>
internal sealed class RegisterFieldResolver : IFieldResolver
{
    public static readonly RegisterFieldResolver Instance = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var view = (DataSnapshot)context.RootValue!;
        var name = context.FieldDefinition.Name;
        var value = context.Source switch
        {
            DataSnapshot root => RootCollection(root, context.ParentType.Name, name),
            IDictionary<string, object?> map => map.TryGetValue(name, out var v) ? v : null,
            { } source => FieldAccess.Get(source, name, view, Ancestors(context)),
            null => null,
        };

        if (value is IEnumerable items and not string)
        {
            IReadOnlyList<object> list = items.Cast<object>().ToArray();
            if (context.Arguments is { } args)
            {
                if (args.TryGetValue("where", out var where) && where.Value is IDictionary<string, object?> filter)
                {
                    var filterType = (IInputObjectGraphType)FilterEvaluator.Unwrap(context.FieldDefinition.Arguments!.Find("where")!.ResolvedType)!;
                    list = list.Where(item => FilterEvaluator.Matches(item, filter, filterType, view)).ToArray();
                }

                if (args.TryGetValue("order", out var order) && order.Value is not null)
                {
                    list = OrderEvaluator.Sort(list, order.Value, view);
                }
            }

            return new ValueTask<object?>(list);
        }

        return new ValueTask<object?>(value);
    }

    private static IReadOnlyList<object>? RootCollection(DataSnapshot root, string parentType, string field)
    {
        if (parentType != "Query")
        {
            return null;
        }

        var type = RegisterModel.RootType(field);
        return type is null ? null : root.AllOf(type);
    }

    private static IEnumerable<object> Ancestors(IResolveFieldContext context)
    {
        for (var parent = context.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Source is { } source and not DataSnapshot)
            {
                yield return source;
            }
        }
    }
}

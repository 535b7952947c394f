using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQLParser.AST;

namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>
/// Turns GraphQL argument values into JSON with the request's variables filled in, so the PEP can
/// compare a request with a template regardless of whether a value came inline or as a variable.
/// </summary>
internal static class GraphQLValues
{
    public static JsonNode? Resolve(GraphQLValue value, GraphQLOperationDefinition operation, JsonObject? variables) => value switch
    {
        GraphQLVariable variable => ResolveVariable(variable.Name.StringValue, operation, variables),
        GraphQLObjectValue obj => new JsonObject((obj.Fields ?? []).Select(f =>
            KeyValuePair.Create(f.Name.StringValue, Resolve(f.Value, operation, variables)))),
        GraphQLListValue list => new JsonArray([.. (list.Values ?? []).Select(v => Resolve(v, operation, variables))]),
        _ => Literal(value),
    };

    public static JsonNode? Literal(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => JsonValue.Create(s.Value.ToString()),
        GraphQLIntValue i => JsonValue.Create(decimal.Parse(i.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        GraphQLFloatValue f => JsonValue.Create(decimal.Parse(f.Value.Span, NumberStyles.Float, CultureInfo.InvariantCulture)),
        GraphQLBooleanValue b => JsonValue.Create(b.BoolValue),
        GraphQLEnumValue e => JsonValue.Create(e.Name.StringValue),
        GraphQLObjectValue or GraphQLListValue => Resolve(value, null!, null),
        _ => null,
    };

    /// <summary>A canonical text for equality: object keys sorted, numbers normalised.</summary>
    public static string Canonical(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static JsonNode? ResolveVariable(string name, GraphQLOperationDefinition operation, JsonObject? variables)
    {
        if (variables is not null && variables.TryGetPropertyValue(name, out var supplied))
        {
            return supplied?.DeepClone();
        }

        var definition = operation?.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name);
        return definition?.DefaultValue is { } fallback ? Literal(fallback) : null;
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                foreach (var (key, child) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    builder.Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(child, builder);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                foreach (var child in array)
                {
                    Write(child, builder);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                builder.Append(value.GetValue<decimal>().ToString("G29", CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }
}

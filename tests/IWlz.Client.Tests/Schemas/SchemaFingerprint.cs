using System.Globalization;
using System.Text;
using GraphQLParser;
using GraphQLParser.AST;

namespace IWlz.Client.Tests.Schemas;

/// <summary>
/// Renders a schema document as a normalised listing of its interface, without descriptions or
/// comments. Two schemas with the same listing expose the same types, fields, arguments,
/// nullability, default values, enum values, union members, directives and deprecations.
/// </summary>
/// <remarks>
/// Top-level definitions are sorted (their order in a file is not part of the interface); fields,
/// arguments, input fields, enum values and directives keep their declared order, because
/// introspection exposes that order. Type extensions are rejected rather than silently ignored.
/// </remarks>
internal static class SchemaFingerprint
{
    public static string Compute(string schemaText)
    {
        var document = Parser.Parse(schemaText, new ParserOptions { Ignore = IgnoreOptions.All });
        var blocks = new List<(string Key, string Text)>();
        foreach (var definition in document.Definitions)
        {
            var block = new StringBuilder();
            var key = definition switch
            {
                GraphQLSchemaDefinition schema => RenderSchema(schema, block),
                GraphQLDirectiveDefinition directive => RenderDirectiveDefinition(directive, block),
                GraphQLScalarTypeDefinition scalar => RenderScalar(scalar, block),
                GraphQLObjectTypeDefinition type => RenderObject("type", type.Name, type.Interfaces, type.Directives, type.Fields, block),
                GraphQLInterfaceTypeDefinition type => RenderObject("interface", type.Name, type.Interfaces, type.Directives, type.Fields, block),
                GraphQLInputObjectTypeDefinition input => RenderInput(input, block),
                GraphQLEnumTypeDefinition enumType => RenderEnum(enumType, block),
                GraphQLUnionTypeDefinition union => RenderUnion(union, block),
                _ => throw new NotSupportedException(
                    $"The fingerprint does not support {definition.Kind} definitions; extend SchemaFingerprint first."),
            };
            blocks.Add((key, block.ToString()));
        }

        var duplicate = blocks.GroupBy(b => b.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The schema defines '{duplicate.Key}' more than once.");
        }

        var result = new StringBuilder();
        foreach (var (_, text) in blocks.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            result.Append(text);
        }

        return result.ToString();
    }

    private static string RenderSchema(GraphQLSchemaDefinition schema, StringBuilder block)
    {
        block.Append("schema").Append(Directives(schema.Directives)).Append('\n');
        foreach (var operation in schema.OperationTypes)
        {
            block.Append("  ").Append(operation.Operation.ToString().ToLowerInvariant())
                .Append(": ").Append(Name(operation.Type!.Name)).Append('\n');
        }

        return "0 schema";
    }

    private static string RenderDirectiveDefinition(GraphQLDirectiveDefinition directive, StringBuilder block)
    {
        block.Append("directive @").Append(Name(directive.Name)).Append(Arguments(directive.Arguments));
        if (directive.Repeatable)
        {
            block.Append(" repeatable");
        }

        block.Append(" on ")
            .Append(string.Join(" | ", directive.Locations.Items.Select(l => l.ToString())))
            .Append('\n');
        return "1 @" + Name(directive.Name);
    }

    private static string RenderScalar(GraphQLScalarTypeDefinition scalar, StringBuilder block)
    {
        block.Append("scalar ").Append(Name(scalar.Name)).Append(Directives(scalar.Directives)).Append('\n');
        return "2 " + Name(scalar.Name);
    }

    private static string RenderObject(
        string kind,
        GraphQLName name,
        GraphQLImplementsInterfaces? interfaces,
        GraphQLDirectives? directives,
        GraphQLFieldsDefinition? fields,
        StringBuilder block)
    {
        block.Append(kind).Append(' ').Append(Name(name));
        if (interfaces is { Count: > 0 })
        {
            block.Append(" implements ").Append(string.Join(" & ", interfaces.Items.Select(i => Name(i.Name))));
        }

        block.Append(Directives(directives)).Append('\n');
        foreach (var field in fields?.Items ?? [])
        {
            block.Append("  field ").Append(Name(field.Name)).Append(Arguments(field.Arguments))
                .Append(": ").Append(TypeReference(field.Type)).Append(Directives(field.Directives)).Append('\n');
        }

        return "2 " + Name(name);
    }

    private static string RenderInput(GraphQLInputObjectTypeDefinition input, StringBuilder block)
    {
        block.Append("input ").Append(Name(input.Name)).Append(Directives(input.Directives)).Append('\n');
        foreach (var field in input.Fields?.Items ?? [])
        {
            block.Append("  input-field ").Append(InputValue(field)).Append('\n');
        }

        return "2 " + Name(input.Name);
    }

    private static string RenderEnum(GraphQLEnumTypeDefinition enumType, StringBuilder block)
    {
        block.Append("enum ").Append(Name(enumType.Name)).Append(Directives(enumType.Directives)).Append('\n');
        foreach (var value in enumType.Values?.Items ?? [])
        {
            block.Append("  value ").Append(Name(value.Name)).Append(Directives(value.Directives)).Append('\n');
        }

        return "2 " + Name(enumType.Name);
    }

    private static string RenderUnion(GraphQLUnionTypeDefinition union, StringBuilder block)
    {
        block.Append("union ").Append(Name(union.Name)).Append(Directives(union.Directives));
        if (union.Types is { Count: > 0 })
        {
            block.Append(" = ").Append(string.Join(" | ", union.Types.Items.Select(t => Name(t.Name))));
        }

        block.Append('\n');
        return "2 " + Name(union.Name);
    }

    private static string Arguments(GraphQLArgumentsDefinition? arguments) =>
        arguments is { Count: > 0 }
            ? "(" + string.Join(", ", arguments.Items.Select(InputValue)) + ")"
            : string.Empty;

    private static string InputValue(GraphQLInputValueDefinition value)
    {
        var text = Name(value.Name) + ": " + TypeReference(value.Type);
        if (value.DefaultValue is not null)
        {
            text += " = " + Value(value.DefaultValue);
        }

        return text + Directives(value.Directives);
    }

    private static string Directives(GraphQLDirectives? directives)
    {
        if (directives is not { Count: > 0 })
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var directive in directives.Items)
        {
            text.Append(" @").Append(Name(directive.Name));
            if (directive.Arguments is { Count: > 0 })
            {
                text.Append('(')
                    .Append(string.Join(", ", directive.Arguments.Items.Select(a => Name(a.Name) + ": " + Value(a.Value))))
                    .Append(')');
            }
        }

        return text.ToString();
    }

    private static string TypeReference(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeReference(nonNull.Type) + "!",
        GraphQLListType list => "[" + TypeReference(list.Type) + "]",
        GraphQLNamedType named => Name(named.Name),
        _ => throw new NotSupportedException($"Unknown type reference {type.Kind}."),
    };

    private static string Value(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Quote(s.Value.ToString()),
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLNullValue => "null",
        GraphQLEnumValue e => Name(e.Name),
        GraphQLListValue l => "[" + string.Join(", ", (l.Values ?? []).Select(Value)) + "]",
        GraphQLObjectValue o => "{" + string.Join(", ", (o.Fields ?? []).Select(f => Name(f.Name) + ": " + Value(f.Value))) + "}",
        GraphQLVariable v => "$" + Name(v.Name),
        _ => throw new NotSupportedException($"Unknown value {value.Kind}."),
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string Name(GraphQLName name) => name.StringValue;
}

using System.Collections.Generic;
using System.Linq;
using IWlz.Client.Generator.Infrastructure;
using IWlz.Client.Generator.Semantics;
using static IWlz.Client.Generator.Emit.CSharpNames;

namespace IWlz.Client.Generator.Emit;

/// <summary>
/// Writes the per-client JSON resolver and one <c>JsonConverter&lt;T&gt;</c> per generated type. The
/// converters read and write with Utf8JsonReader/Utf8JsonWriter directly: no reflection, no
/// intermediate JsonDocument, property names pre-encoded as JsonEncodedText.
/// </summary>
internal static class ConverterEmitter
{
    private const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter writer";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions options";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";
    private const string Metadata = "global::System.Text.Json.Serialization.Metadata";

    public static string Emit(ClientModel client)
    {
        var writer = TypeEmitter.Begin(client, "System.Text.Json serialization");
        Resolver(writer, client);
        writer.Line();
        writer.Line("/// <summary>The reflection-free JSON converters of the generated types.</summary>");
        writer.Line(TypeEmitter.GeneratedCodeAttribute);
        writer.Open($"internal static partial class {client.ConvertersName}");
        writer.Line("/// <summary>The converter of every generated type, by type; a lookup instead of a chain of type tests.</summary>");
        writer.Line($"internal static readonly global::System.Collections.Generic.Dictionary<global::System.Type, IGeneratedConverter> ByType = new global::System.Collections.Generic.Dictionary<global::System.Type, IGeneratedConverter>");
        writer.Line("{");
        foreach (var (typeName, converter) in AllTypes(client))
        {
            writer.Line($"    [typeof({typeName})] = {converter}.Instance,");
        }

        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>Creates the metadata of the converter's type.</summary>");
        writer.Open("internal interface IGeneratedConverter");
        writer.Line($"{Metadata}.JsonTypeInfo CreateTypeInfo(global::System.Text.Json.JsonSerializerOptions options);");
        writer.Close();
        writer.Line();
        var first = true;
        foreach (var model in client.Enums)
        {
            Separate(writer, ref first);
            Enum(writer, client, model);
        }

        foreach (var model in client.Inputs)
        {
            Separate(writer, ref first);
            Input(writer, client, model);
        }

        foreach (var operation in client.Operations)
        {
            Separate(writer, ref first);
            Input(writer, client, operation.Variables);
            foreach (var resultClass in TypeEmitter.AllClasses(operation.Result))
            {
                Separate(writer, ref first);
                Result(writer, client, resultClass);
            }
        }

        writer.Close();
        return TypeEmitter.End(writer);
    }

    private static void Separate(CodeWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }

    private static IEnumerable<(string TypeName, string Converter)> AllTypes(ClientModel client)
    {
        var ns = client.Namespace;
        foreach (var model in client.Enums)
        {
            yield return ($"global::{ns}.{model.Name}", model.ConverterName);
        }

        foreach (var model in client.Inputs)
        {
            yield return ($"global::{ns}.{model.Name}", model.ConverterName);
        }

        foreach (var operation in client.Operations)
        {
            yield return ($"global::{ns}.{operation.Variables.Name}", operation.Variables.ConverterName);
            foreach (var resultClass in TypeEmitter.AllClasses(operation.Result))
            {
                yield return ($"global::{ns}.{resultClass.FullName}", resultClass.ConverterName);
            }
        }
    }

    private static void Resolver(CodeWriter writer, ClientModel client)
    {
        var metadata = "global::System.Text.Json.Serialization.Metadata";
        writer.Line("/// <summary>");
        writer.Line($"/// Serialization metadata for every type generated for the {Escape(client.ClientName)} GraphQL client.");
        writer.Line("/// It uses generated converters only, so it needs no reflection and is safe for trimming and native AOT.");
        writer.Line("/// Combine it with other resolvers through <c>JsonTypeInfoResolver.Combine</c>.");
        writer.Line("/// </summary>");
        writer.Line(TypeEmitter.GeneratedCodeAttribute);
        writer.Open($"public sealed partial class {client.ResolverName} : {metadata}.IJsonTypeInfoResolver");
        writer.Line("private static readonly global::System.Text.Json.JsonSerializerOptions SharedOptions = new global::System.Text.Json.JsonSerializerOptions");
        writer.Line("{");
        writer.Line($"    TypeInfoResolver = new {client.ResolverName}(),");
        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>A shared instance.</summary>");
        writer.Line($"public static {client.ResolverName} Default {{ get; }} = new {client.ResolverName}();");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open($"public {metadata}.JsonTypeInfo? GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(type);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
        writer.Line($"return {client.ConvertersName}.ByType.TryGetValue(type, out var converter) ? converter.CreateTypeInfo(options) : null;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The metadata of one generated type, from options that use only this resolver.</summary>");
        writer.Line($"internal static {metadata}.JsonTypeInfo<T> GetTypeInfo<T>() =>");
        writer.Line($"    ({metadata}.JsonTypeInfo<T>)SharedOptions.GetTypeInfo(typeof(T));");
        writer.Close();
    }

    private static void Enum(CodeWriter writer, ClientModel client, EnumModel model)
    {
        var type = $"global::{client.Namespace}.{model.Name}";
        var scope = new NameScope();
        var encoded = model.Members.Select(m => scope.Allocate("Name" + m.Name)).ToList();
        ConverterHeader(writer, model.ConverterName, type);
        for (var i = 0; i < model.Members.Count; i++)
        {
            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {encoded[i]} = global::System.Text.Json.JsonEncodedText.Encode({Naming.ToStringLiteral(model.Members[i].GraphQLName)});");
        }

        writer.Line();
        writer.Line($"public override {type} Read({Reader}, global::System.Type typeToConvert, {Options}) => ReadValue(ref reader);");
        writer.Line();
        writer.Line($"public override void Write({Writer}, {type} value, {Options}) => WriteValue(writer, value);");
        writer.Line();
        writer.Open($"internal static {type} ReadValue({Reader})");
        writer.Line($"{Helpers}.Expect(ref reader, {TokenType}.String, {Naming.ToStringLiteral(model.Name)});");
        foreach (var member in model.Members)
        {
            writer.Open($"if (reader.ValueTextEquals({Naming.ToStringLiteral(member.GraphQLName)}u8))");
            writer.Line($"return {type}.{member.Identifier};");
            writer.Close();
            writer.Line();
        }

        writer.Line($"throw {Helpers}.UnknownEnumValue({Naming.ToStringLiteral(model.GraphQLName)}, ref reader);");
        writer.Close();
        writer.Line();
        writer.Open($"internal static void WriteValue({Writer}, {type} value)");
        writer.Open("switch (value)");
        for (var i = 0; i < model.Members.Count; i++)
        {
            writer.Line($"case {type}.{model.Members[i].Identifier}:");
            writer.Line($"    writer.WriteStringValue({encoded[i]});");
            writer.Line("    break;");
        }

        writer.Line("default:");
        writer.Line($"    throw {Helpers}.UndefinedEnumValue({Naming.ToStringLiteral(model.GraphQLName)}, (int)value);");
        writer.Close();
        writer.Close();
        writer.Close();
    }

    private static void ConverterHeader(CodeWriter writer, string name, string type)
    {
        writer.Line($"/// <summary>Reads and writes <see cref=\"{type}\"/>.</summary>");
        writer.Open($"internal sealed class {name} : global::System.Text.Json.Serialization.JsonConverter<{type}>, IGeneratedConverter");
        writer.Line($"internal static readonly {name} Instance = new {name}();");
        writer.Line();
        writer.Line($"public {Metadata}.JsonTypeInfo CreateTypeInfo(global::System.Text.Json.JsonSerializerOptions options) =>");
        writer.Line($"    {Metadata}.JsonMetadataServices.CreateValueInfo<{type}>(options, this);");
        writer.Line();
    }

    private static List<string> EncodedNames(IEnumerable<string> jsonNames, List<string> emitted, CodeWriter writer)
    {
        var scope = new NameScope();
        var names = new List<string>();
        foreach (var jsonName in jsonNames)
        {
            var name = scope.Allocate("Name" + Naming.ToPascalCase(jsonName));
            names.Add(name);
            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {name} = global::System.Text.Json.JsonEncodedText.Encode({Naming.ToStringLiteral(jsonName)});");
        }

        emitted.AddRange(names);
        return names;
    }

    private static void Input(CodeWriter writer, ClientModel client, InputModel model)
    {
        var ns = client.Namespace;
        var type = $"global::{ns}.{model.Name}";
        ConverterHeader(writer, model.ConverterName, type);
        var encoded = EncodedNames(model.Fields.Select(f => f.JsonName), new List<string>(), writer);
        if (model.Fields.Count > 0)
        {
            writer.Line();
        }

        ReadWriteOverrides(writer, type);

        // Read: used for round trips and by test doubles; what was present in the JSON counts as set.
        writer.Open($"internal static {type} ReadValue({Reader}, {Options})");
        writer.Line($"{Helpers}.Expect(ref reader, {TokenType}.StartObject, {Naming.ToStringLiteral(model.Name)});");
        var locals = model.Fields.Select(f => Local(f.PropertyName)).ToList();
        for (var i = 0; i < model.Fields.Count; i++)
        {
            writer.Line($"{LocalTypeName(model.Fields[i].Type, ns)} {locals[i]} = default;");
            writer.Line($"bool {locals[i]}Found = false;");
        }

        writer.Open($"while (reader.Read() && reader.TokenType == {TokenType}.PropertyName)");
        for (var i = 0; i < model.Fields.Count; i++)
        {
            var field = model.Fields[i];
            writer.Open($"{(i == 0 ? string.Empty : "else ")}if (reader.ValueTextEquals({Naming.ToStringLiteral(field.JsonName)}u8))");
            writer.Line("reader.Read();");
            writer.Line($"{locals[i]}Found = true;");
            ReadValue(writer, client, field.Type, locals[i], $"{model.Name}.{field.JsonName}", 0);
            writer.Close();
        }

        if (model.Fields.Count > 0)
        {
            writer.Open("else");
            writer.Line("reader.Read();");
            writer.Line("reader.Skip();");
            writer.Close();
        }
        else
        {
            writer.Line("reader.Read();");
            writer.Line("reader.Skip();");
        }

        writer.Close();
        writer.Line();
        for (var i = 0; i < model.Fields.Count; i++)
        {
            if (model.Fields[i].Required)
            {
                writer.Open($"if (!{locals[i]}Found)");
                writer.Line($"throw {Helpers}.MissingProperty({Naming.ToStringLiteral($"{model.Name}.{model.Fields[i].JsonName}")});");
                writer.Close();
                writer.Line();
            }
        }

        var required = model.Fields.Select((f, i) => (f, i)).Where(x => x.f.Required).ToList();
        if (required.Count == 0)
        {
            writer.Line($"var result = new {type}();");
        }
        else
        {
            writer.Line($"var result = new {type}");
            writer.Line("{");
            foreach (var (field, i) in required)
            {
                writer.Line($"    {field.PropertyName} = {locals[i]}{Bang(field.Type)},");
            }

            writer.Line("};");
        }

        foreach (var (field, i) in model.Fields.Select((f, i) => (f, i)).Where(x => !x.f.Required))
        {
            writer.Open($"if ({locals[i]}Found)");
            writer.Line($"result.{field.PropertyName} = {locals[i]}{Bang(field.Type)};");
            writer.Close();
        }

        writer.Line("return result;");
        writer.Close();
        writer.Line();

        writer.Open($"internal static void WriteValue({Writer}, {type} value, {Options})");
        writer.Line("writer.WriteStartObject();");
        var counter = 0;
        for (var i = 0; i < model.Fields.Count; i++)
        {
            var field = model.Fields[i];
            if (field.Required)
            {
                writer.Line($"writer.WritePropertyName({encoded[i]});");
                WriteValue(writer, client, field.Type, $"value.{field.PropertyName}", ref counter);
            }
            else
            {
                writer.Open($"if (value.{field.IsSetName})");
                writer.Line($"writer.WritePropertyName({encoded[i]});");
                WriteValue(writer, client, field.Type, $"value.{field.PropertyName}", ref counter);
                writer.Close();
            }
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
        writer.Close();
    }

    private static void Result(CodeWriter writer, ClientModel client, ResultClass model)
    {
        var ns = client.Namespace;
        var type = $"global::{ns}.{model.FullName}";
        ConverterHeader(writer, model.ConverterName, type);
        var encoded = EncodedNames(model.Properties.Select(p => p.JsonName), new List<string>(), writer);
        if (model.Properties.Count > 0)
        {
            writer.Line();
        }

        ReadWriteOverrides(writer, type);
        writer.Open($"internal static {type} ReadValue({Reader}, {Options})");
        writer.Line($"{Helpers}.Expect(ref reader, {TokenType}.StartObject, {Naming.ToStringLiteral(model.FullName)});");
        var locals = model.Properties.Select(p => Local(p.Name)).ToList();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            writer.Line($"{LocalTypeName(model.Properties[i].Type, ns)} {locals[i]} = default;");
            if (!model.Properties[i].Type.Nullable && !model.Properties[i].Type.EmptyWhenNull)
            {
                writer.Line($"bool {locals[i]}Found = false;");
            }
        }

        if (model.Properties.Count > 0)
        {
            writer.Line("var expected = 0;");
        }

        writer.Open($"while (reader.Read() && reader.TokenType == {TokenType}.PropertyName)");
        if (model.Properties.Count > 0)
        {
            writer.Line("var index = MatchPropertyIndex(ref reader, expected);");
        }

        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            writer.Open($"{(i == 0 ? string.Empty : "else ")}if (index == {i})");
            writer.Line($"expected = {i + 1};");
            writer.Line("reader.Read();");
            if (!property.Type.Nullable && !property.Type.EmptyWhenNull)
            {
                writer.Line($"{locals[i]}Found = true;");
            }

            // A list that reads as empty when null is read as nullable here and defaulted on construction.
            var readType = property.Type.EmptyWhenNull ? property.Type.WithNullable(true) : property.Type;
            ReadValue(writer, client, readType, locals[i], $"{model.FullName}.{property.JsonName}", 0);
            writer.Close();
        }

        if (model.Properties.Count > 0)
        {
            writer.Open("else");
            writer.Line("reader.Read();");
            writer.Line("reader.Skip();");
            writer.Close();
        }
        else
        {
            writer.Line("reader.Read();");
            writer.Line("reader.Skip();");
        }

        writer.Close();
        writer.Line();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            if (!model.Properties[i].Type.Nullable && !model.Properties[i].Type.EmptyWhenNull)
            {
                writer.Open($"if (!{locals[i]}Found)");
                writer.Line($"throw {Helpers}.MissingProperty({Naming.ToStringLiteral($"{model.FullName}.{model.Properties[i].JsonName}")});");
                writer.Close();
                writer.Line();
            }
        }

        if (model.Properties.Count == 0)
        {
            writer.Line($"return new {type}();");
        }
        else
        {
            writer.Line($"return new {type}");
            writer.Line("{");
            for (var i = 0; i < model.Properties.Count; i++)
            {
                var propertyType = model.Properties[i].Type;
                writer.Line(propertyType.EmptyWhenNull
                    ? $"    {model.Properties[i].Name} = {locals[i]} ?? global::System.Array.Empty<{TypeName(propertyType.Element!, ns)}>(),"
                    : $"    {model.Properties[i].Name} = {locals[i]}{Bang(propertyType)},");
            }

            writer.Line("};");
        }

        writer.Close();
        writer.Line();
        writer.Open($"internal static void WriteValue({Writer}, {type} value, {Options})");
        writer.Line("writer.WriteStartObject();");
        var counter = 0;
        for (var i = 0; i < model.Properties.Count; i++)
        {
            writer.Line($"writer.WritePropertyName({encoded[i]});");
            WriteValue(writer, client, model.Properties[i].Type, $"value.{model.Properties[i].Name}", ref counter);
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
        PropertyMatcher(writer, model.Properties.Select(p => p.JsonName).ToList());
        writer.Close();
    }

    /// <summary>
    /// Emits the lookup from a property name to its index. A GraphQL server answers in the order of the selection, so
    /// the property after the last one read is compared first: one comparison per property instead of a chain that
    /// grows with the property's position. Unknown names, and any order, still work through the full scan.
    /// </summary>
    private static void PropertyMatcher(CodeWriter writer, IReadOnlyList<string> jsonNames)
    {
        if (jsonNames.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Open($"private static int MatchPropertyIndex({Reader}, int expected)");
        writer.Open($"if (expected < {jsonNames.Count} && reader.ValueTextEquals(PropertyNameUtf8(expected)))");
        writer.Line("return expected;");
        writer.Close();
        writer.Line();
        writer.Open($"for (var i = 0; i < {jsonNames.Count}; i++)");
        writer.Open("if (i != expected && reader.ValueTextEquals(PropertyNameUtf8(i)))");
        writer.Line("return i;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("return -1;");
        writer.Close();
        writer.Line();
        writer.Line("private static global::System.ReadOnlySpan<byte> PropertyNameUtf8(int index) => index switch");
        writer.Line("{");
        for (var i = 0; i < jsonNames.Count; i++)
        {
            writer.Line($"    {i} => {Naming.ToStringLiteral(jsonNames[i])}u8,");
        }

        writer.Line("    _ => default,");
        writer.Line("};");
    }

    private static void ReadWriteOverrides(CodeWriter writer, string type)
    {
        writer.Line($"public override {type}? Read({Reader}, global::System.Type typeToConvert, {Options}) =>");
        writer.Line($"    reader.TokenType == {TokenType}.Null ? null : ReadValue(ref reader, options);");
        writer.Line();
        writer.Open($"public override void Write({Writer}, {type} value, {Options})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        writer.Line("WriteValue(writer, value, options);");
        writer.Close();
        writer.Line();
    }

    private static string Local(string propertyName) =>
        "local" + propertyName;

    private static string Bang(CsType type) => !type.Nullable && !type.IsValueType ? "!" : string.Empty;

    /// <summary>Reads the current token into <paramref name="target"/>; the reader is on the value's first token.</summary>
    private static void ReadValue(CodeWriter writer, ClientModel client, CsType type, string target, string context, int depth)
    {
        var literal = Naming.ToStringLiteral(context);
        if (type.Nullable)
        {
            writer.Open($"if (reader.TokenType == {TokenType}.Null)");
            writer.Line($"{target} = null;");
            writer.Close();
            writer.Open("else");
        }
        else
        {
            writer.Open($"if (reader.TokenType == {TokenType}.Null)");
            writer.Line($"throw {Helpers}.NullValue({literal});");
            writer.Close();
            writer.Line();
        }

        var ns = client.Namespace;
        switch (type.Kind)
        {
            case CsKind.Scalar:
                writer.Line($"{target} = {ReadScalar(type.Scalar)};");
                break;
            case CsKind.Enum:
                writer.Line($"{target} = {client.ConvertersName}.{type.Enum!.ConverterName}.ReadValue(ref reader);");
                break;
            case CsKind.Input:
                writer.Line($"{target} = {client.ConvertersName}.{type.Input!.ConverterName}.ReadValue(ref reader, options);");
                break;
            case CsKind.Object:
                writer.Line($"{target} = {client.ConvertersName}.{type.Class!.ConverterName}.ReadValue(ref reader, options);");
                break;
            case CsKind.List:
                var list = "list" + depth;
                var item = "item" + depth;
                var element = type.Element!;
                writer.Line($"{Helpers}.Expect(ref reader, {TokenType}.StartArray, {literal});");
                writer.Line($"var {list} = new global::System.Collections.Generic.List<{TypeName(element, ns)}>();");
                writer.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)");
                writer.Line($"{LocalTypeName(element, ns)} {item} = default;");
                ReadValue(writer, client, element, item, context + "[]", depth + 1);
                writer.Line($"{list}.Add({item}{Bang(element)});");
                writer.Close();
                writer.Line($"{target} = {list};");
                break;
        }

        if (type.Nullable)
        {
            writer.Close();
        }
    }

    private static string ReadScalar(ScalarKind kind) => kind switch
    {
        ScalarKind.String => "reader.GetString()!",
        ScalarKind.Id => $"{Helpers}.ReadId(ref reader)",
        ScalarKind.Int => "reader.GetInt32()",
        ScalarKind.Long => "reader.GetInt64()",
        ScalarKind.Double => "reader.GetDouble()",
        ScalarKind.Decimal => "reader.GetDecimal()",
        ScalarKind.Boolean => "reader.GetBoolean()",
        ScalarKind.Guid => "reader.GetGuid()",
        ScalarKind.DateOnly => $"{Helpers}.ReadDate(ref reader)",
        ScalarKind.DateTimeOffset => $"{Helpers}.ReadDateTimeOffset(ref reader)",
        ScalarKind.DateTime => $"{Helpers}.ReadDateTime(ref reader)",
        ScalarKind.TimeOnly => $"{Helpers}.ReadTime(ref reader)",
        ScalarKind.Uri => $"{Helpers}.ReadUri(ref reader)",
        _ => "global::System.Text.Json.JsonElement.ParseValue(ref reader)",
    };

    /// <summary>Writes <paramref name="expression"/> as one JSON value.</summary>
    private static void WriteValue(CodeWriter writer, ClientModel client, CsType type, string expression, ref int counter)
    {
        if (type.Nullable)
        {
            var local = "value" + counter++;
            writer.Open($"if ({expression} is {{ }} {local})");
            WriteNonNull(writer, client, type, local, ref counter);
            writer.Close();
            writer.Open("else");
            writer.Line("writer.WriteNullValue();");
            writer.Close();
        }
        else
        {
            WriteNonNull(writer, client, type, expression, ref counter);
        }
    }

    private static void WriteNonNull(CodeWriter writer, ClientModel client, CsType type, string expression, ref int counter)
    {
        switch (type.Kind)
        {
            case CsKind.Scalar:
                writer.Line(WriteScalar(type.Scalar, expression));
                break;
            case CsKind.Enum:
                writer.Line($"{client.ConvertersName}.{type.Enum!.ConverterName}.WriteValue(writer, {expression});");
                break;
            case CsKind.Input:
                writer.Line($"{client.ConvertersName}.{type.Input!.ConverterName}.WriteValue(writer, {expression}, options);");
                break;
            case CsKind.Object:
                writer.Line($"{client.ConvertersName}.{type.Class!.ConverterName}.WriteValue(writer, {expression}, options);");
                break;
            case CsKind.List:
                var item = "item" + counter++;
                writer.Line("writer.WriteStartArray();");
                writer.Open($"foreach (var {item} in {expression})");
                WriteValue(writer, client, type.Element!, item, ref counter);
                writer.Close();
                writer.Line("writer.WriteEndArray();");
                break;
        }
    }

    private static string WriteScalar(ScalarKind kind, string value) => kind switch
    {
        ScalarKind.String or ScalarKind.Id or ScalarKind.Guid => $"writer.WriteStringValue({value});",
        ScalarKind.Int or ScalarKind.Long or ScalarKind.Double or ScalarKind.Decimal => $"writer.WriteNumberValue({value});",
        ScalarKind.Boolean => $"writer.WriteBooleanValue({value});",
        ScalarKind.DateOnly => $"{Helpers}.WriteDate(writer, {value});",
        ScalarKind.DateTimeOffset => $"{Helpers}.WriteDateTimeOffset(writer, {value});",
        ScalarKind.DateTime => $"{Helpers}.WriteDateTime(writer, {value});",
        ScalarKind.TimeOnly => $"{Helpers}.WriteTime(writer, {value});",
        ScalarKind.Uri => $"{Helpers}.WriteUri(writer, {value});",
        _ => $"{value}.WriteTo(writer);",
    };
}

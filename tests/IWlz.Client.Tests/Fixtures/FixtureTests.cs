using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQLParser;
using GraphQLParser.AST;
using IWlz.Client.Privacy;
using IWlz.Client.Registers;
using IWlz.Client.Tests.Schemas;

namespace IWlz.Client.Tests.Fixtures;

/// <summary>
/// Checks the response fixtures (made by eng/generate-response-fixtures.py) against the project's
/// schemas and operations: every selected field is present with a value of its type, every list has
/// elements, every nullable field is null somewhere and set somewhere, and every BSN is valid.
/// </summary>
public sealed partial class FixtureTests
{
    public static TheoryData<string> TemplateIds() => new(TemplateCatalogue.All.Select(t => t.TemplateId));

    [Fact]
    public void There_is_one_fixture_per_shipped_operation()
    {
        var fixtures = Directory.EnumerateFiles(TestFiles.OutputFixture("Fixtures"), "*.response.json")
            .Select(p => Path.GetFileName(p)[..^".response.json".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(TemplateCatalogue.All.Select(t => t.TemplateId).Order(StringComparer.Ordinal), fixtures);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_BSN_shaped_value_passes_the_11_proef(string templateId)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePath(templateId)));
        var bsnFields = 0;

        foreach (var (name, value) in Strings(document.RootElement, propertyName: null))
        {
            if (string.Equals(name, "bsn", StringComparison.OrdinalIgnoreCase))
            {
                bsnFields++;
                Assert.True(Bsn.IsValid(value), $"{templateId}: bsn '{value}' fails the 11-proef");
            }
            else if (NineDigits().IsMatch(value))
            {
                Assert.True(Bsn.IsValid(value), $"{templateId}: '{name}' holds nine digits that fail the 11-proef");
            }
        }

        var selectsBsn = File.ReadAllText(OperationPath(templateId)).Contains("bsn", StringComparison.Ordinal);
        Assert.Equal(selectsBsn, bsnFields > 0);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void The_fixture_matches_the_operation_selection_and_covers_null_and_set(string templateId)
    {
        var template = TemplateCatalogue.Find(templateId)!;
        var schema = Parser.Parse(File.ReadAllText(TestFiles.SchemaPath(template.Register.ToString())));
        var objectTypes = schema.Definitions.OfType<GraphQLObjectTypeDefinition>().ToDictionary(t => t.Name.StringValue, StringComparer.Ordinal);
        var enumTypes = schema.Definitions.OfType<GraphQLEnumTypeDefinition>()
            .ToDictionary(t => t.Name.StringValue, t => t.Values!.Items.Select(v => v.Name.StringValue).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var operation = (GraphQLOperationDefinition)Parser.Parse(File.ReadAllText(OperationPath(templateId))).Definitions.Single();
        var rootType = operation.Operation == OperationType.Mutation ? "Mutation" : "Query";

        using var document = JsonDocument.Parse(File.ReadAllText(FixturePath(templateId)));
        var root = document.RootElement;
        Assert.Equal(["data"], root.EnumerateObject().Select(p => p.Name));

        var walker = new Walker(templateId, objectTypes, enumTypes);
        walker.Object(root.GetProperty("data"), rootType, operation.SelectionSet, "data");

        // A root field occurs once per response, so it cannot be both null and set; every field below it
        // can. List elements are not fields: the fixtures never hold null elements.
        foreach (var (path, (sawNull, sawValue)) in walker.NullableFields.Where(f => f.Key.Count(c => c == '.') > 1 && !f.Key.EndsWith("[]", StringComparison.Ordinal)))
        {
            Assert.True(sawNull && sawValue, $"{templateId}: nullable {path} is {(sawNull ? "never set" : "never null")}");
        }
    }

    private static string FixturePath(string templateId) => TestFiles.OutputFixture("Fixtures", $"{templateId}.response.json");

    private static string OperationPath(string templateId) =>
        Path.Combine(TestFiles.ShippedSchemasDirectory, TemplateCatalogue.Find(templateId)!.OperationFile["Schemas/".Length..]);

    private static IEnumerable<(string? Name, string Value)> Strings(JsonElement element, string? propertyName)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return (propertyName, element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var item in Strings(property.Value, property.Name))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().SelectMany(e => Strings(e, propertyName)))
                {
                    yield return item;
                }

                break;
        }
    }

    [GeneratedRegex(@"^\d{9}$")]
    private static partial Regex NineDigits();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeWithOffset();

    private sealed class Walker(
        string templateId,
        Dictionary<string, GraphQLObjectTypeDefinition> objectTypes,
        Dictionary<string, HashSet<string>> enumTypes)
    {
        public Dictionary<string, (bool SawNull, bool SawValue)> NullableFields { get; } = new(StringComparer.Ordinal);

        public void Object(JsonElement value, string typeName, GraphQLSelectionSet selection, string path)
        {
            Assert.True(value.ValueKind == JsonValueKind.Object, $"{templateId}: {path} is not an object");
            var fields = objectTypes[typeName].Fields!.Items.ToDictionary(f => f.Name.StringValue, StringComparer.Ordinal);
            var selected = selection.Selections
                .Select(s => Assert.IsAssignableFrom<GraphQLField>(s))
                .DistinctBy(f => f.Name.StringValue)
                .ToList();

            Assert.Equal(
                selected.Select(f => f.Name.StringValue).Order(StringComparer.Ordinal),
                value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

            foreach (var field in selected)
            {
                var name = field.Name.StringValue;
                Value(value.GetProperty(name), fields[name].Type, field.SelectionSet, $"{path}.{name}");
            }
        }

        private void Value(JsonElement value, GraphQLType type, GraphQLSelectionSet? selection, string path)
        {
            if (type is GraphQLNonNullType nonNull)
            {
                Assert.True(value.ValueKind != JsonValueKind.Null, $"{templateId}: non-null {path} is null");
                NonNullValue(value, nonNull.Type, selection, path);
                return;
            }

            var seen = NullableFields.GetValueOrDefault(path);
            NullableFields[path] = value.ValueKind == JsonValueKind.Null ? (true, seen.SawValue) : (seen.SawNull, true);
            if (value.ValueKind != JsonValueKind.Null)
            {
                NonNullValue(value, type, selection, path);
            }
        }

        private void NonNullValue(JsonElement value, GraphQLType type, GraphQLSelectionSet? selection, string path)
        {
            switch (type)
            {
                case GraphQLListType list:
                    Assert.True(value.ValueKind == JsonValueKind.Array, $"{templateId}: {path} is not a list");
                    Assert.True(value.GetArrayLength() > 0, $"{templateId}: list {path} is empty");
                    foreach (var item in value.EnumerateArray())
                    {
                        Value(item, list.Type, selection, path + "[]");
                    }

                    break;
                case GraphQLNamedType named when objectTypes.ContainsKey(named.Name.StringValue):
                    Object(value, named.Name.StringValue, selection!, path);
                    break;
                case GraphQLNamedType named when enumTypes.TryGetValue(named.Name.StringValue, out var values):
                    Assert.Contains(value.GetString() ?? string.Empty, values);
                    break;
                case GraphQLNamedType named:
                    Assert.True(IsScalar(value, named.Name.StringValue), $"{templateId}: {path} is not a valid {named.Name.StringValue}");
                    break;
                default:
                    throw new NotSupportedException(type.Kind.ToString());
            }
        }

        private static bool IsScalar(JsonElement value, string scalar) => scalar switch
        {
            "String" or "ID" => value.ValueKind == JsonValueKind.String,
            "Int" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
            "Float" => value.ValueKind == JsonValueKind.Number,
            "Boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "UUID" => value.ValueKind == JsonValueKind.String
                && Guid.TryParseExact(value.GetString(), "D", out _)
                && value.GetString()![14] == '4',
            "Date" => value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "DateTime" => value.ValueKind == JsonValueKind.String
                && DateTimeWithOffset().IsMatch(value.GetString()!)
                && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => throw new NotSupportedException($"Unknown scalar {scalar}."),
        };
    }
}

using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace IWlz.Client.Tests.Registers.Infrastructure;

/// <summary>
/// Compares a typed result, property by property, with the JSON it was read from: every JSON member must
/// have a property with a value equal to it (strings as strings, codes stay strings, UUIDs as Guid, dates as
/// DateOnly, date-times as DateTimeOffset with the same instant and offset, numbers as int/double), every
/// list must hold the same elements in order, and JSON null must be null (or an empty list for list
/// properties, which are never null). It reads the typed object through reflection, not through the
/// generated JSON writer, so a reader bug cannot hide behind a matching writer bug.
/// </summary>
internal static class FixtureAssert
{
    public static void Matches(JsonElement expected, object? actual, string path = "data")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(actual is not null, $"{path}: expected an object, found null");
                var properties = actual!.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
                foreach (var member in expected.EnumerateObject())
                {
                    var property = properties.SingleOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.OrdinalIgnoreCase));
                    Assert.True(property is not null, $"{path}.{member.Name}: {actual.GetType().Name} has no property for it");
                    var value = property!.GetValue(actual);
                    if (member.Value.ValueKind == JsonValueKind.Null && IsList(property.PropertyType))
                    {
                        var list = Assert.IsAssignableFrom<IEnumerable>(value);
                        Assert.Empty(list);
                        continue;
                    }

                    Matches(member.Value, value, $"{path}.{member.Name}");
                }

                break;
            case JsonValueKind.Array:
                var items = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList();
                Assert.True(expected.GetArrayLength() == items.Count, $"{path}: expected {expected.GetArrayLength()} items, found {items.Count}");
                var index = 0;
                foreach (var item in expected.EnumerateArray())
                {
                    Matches(item, items[index], $"{path}[{index}]");
                    index++;
                }

                break;
            case JsonValueKind.Null:
                Assert.True(actual is null, $"{path}: expected null, found '{actual}'");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.Equal(expected.GetBoolean(), Assert.IsType<bool>(actual));
                break;
            case JsonValueKind.Number:
                switch (actual)
                {
                    case int i:
                        Assert.Equal(expected.GetInt32(), i);
                        break;
                    case double d:
                        Assert.Equal(expected.GetDouble(), d);
                        break;
                    default:
                        Assert.Fail($"{path}: expected a number, found {actual?.GetType().Name ?? "null"}");
                        break;
                }

                break;
            case JsonValueKind.String:
                var text = expected.GetString()!;
                switch (actual)
                {
                    case string s:
                        Assert.True(text == s, $"{path}: expected '{text}', found '{s}'");
                        break;
                    case Guid g:
                        Assert.Equal(Guid.Parse(text), g);
                        break;
                    case DateOnly date:
                        Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
                        break;
                    case DateTimeOffset moment:
                        var parsed = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
                        Assert.Equal(parsed, moment);
                        Assert.Equal(parsed.Offset, moment.Offset);
                        break;
                    default:
                        Assert.Fail($"{path}: expected a string-like value, found {actual?.GetType().Name ?? "null"}");
                        break;
                }

                break;
            default:
                Assert.Fail($"{path}: unexpected JSON {expected.ValueKind}");
                break;
        }
    }

    /// <summary>The <c>data.&lt;root&gt;</c> list of a fixture.</summary>
    public static JsonElement RootList(string templateId, string rootField)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RecordingExecutor.FixturePath(templateId)));
        return document.RootElement.GetProperty("data").GetProperty(rootField).Clone();
    }

    private static bool IsList(Type type) =>
        type != typeof(string) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type);
}

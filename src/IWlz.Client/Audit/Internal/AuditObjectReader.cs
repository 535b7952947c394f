using System.Text.Json;

namespace IWlz.Client.Audit.Internal;

/// <summary>
/// Finds the objects an operation concerns in its GraphQL variables, for the Object block of its audit
/// record: every string variable whose name ends in <c>ID</c> or <c>Id</c> (such as <c>wlzIndicatieID</c> or
/// <c>bemiddelingspecificatieID</c>), a <c>bsn</c>, and each <c>recordID</c> of a notification or melding
/// subject. Party codes (<c>afzenderID</c>, <c>ontvangerID</c>) are organisations, not objects, and are skipped.
/// The values go only into audit records, which are the protected store; never into logs or traces.
/// </summary>
internal static class AuditObjectReader
{
    private const int MaxDepth = 8;
    private const int MaxObjects = 50;

    private static readonly HashSet<string> PartyIdentifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "afzenderID",
        "ontvangerID",
    };

    /// <summary>Reads the objects from a request body <c>{"query","operationName","variables"}</c>.</summary>
    internal static List<AuditObject> FromRequestBody(ReadOnlyMemory<byte> body)
    {
        var objects = new List<AuditObject>();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("variables", out var variables))
            {
                Collect(variables, objects, 0);
            }
        }
        catch (JsonException)
        {
            // The SDK wrote this body itself; if it cannot be read back, the record falls back to the register.
        }

        return objects;
    }

    private static void Collect(JsonElement element, List<AuditObject> objects, int depth)
    {
        if (depth > MaxDepth || objects.Count >= MaxObjects)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, objects, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Collect(property.Value, objects, depth + 1);
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() is not { Length: > 0 } value)
            {
                continue;
            }

            if (property.NameEquals("recordID"))
            {
                Add(objects, "recordID", value, null);
            }
            else if (property.Name.Equals("bsn", StringComparison.OrdinalIgnoreCase))
            {
                Add(objects, "BSN", value, AuditObjectClass.Person);
            }
            else if (property.Name.Length > 2
                && (property.Name.EndsWith("ID", StringComparison.Ordinal) || property.Name.EndsWith("Id", StringComparison.Ordinal))
                && !PartyIdentifiers.Contains(property.Name))
            {
                Add(objects, property.Name, value, null);
            }
        }
    }

    private static void Add(List<AuditObject> objects, string type, string value, AuditObjectClass? klasse)
    {
        if (objects.Count >= MaxObjects
            || objects.Exists(o => string.Equals(o.IdentifierType, type, StringComparison.Ordinal) && string.Equals(o.Identifier, value, StringComparison.Ordinal)))
        {
            return;
        }

        objects.Add(new AuditObject { IdentifierType = type, Identifier = value, Class = klasse });
    }
}

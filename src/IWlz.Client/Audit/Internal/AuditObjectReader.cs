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
    private const int MaxKnownNames = 32;

    // Identifier names seen before (a handful per application: wlzIndicatieID, bemiddelingspecificatieID, ...),
    // so a name is not decoded into a new string on every call. Append-only, read without a lock: a reader
    // sees a prefix of the names, and a miss only costs the decode it saves otherwise.
    private static readonly string?[] KnownNames = new string?[MaxKnownNames];
    private static int _knownNameCount;

    /// <summary>
    /// Reads the objects from a request's variables object, which <see cref="Transport.Internal.GraphQLRequestWriter"/>
    /// reports the place of in the body: the document text, most of a body, is never walked.
    /// </summary>
    /// <remarks>
    /// Read with <see cref="Utf8JsonReader"/>, not a document: this runs on every call, and only the names and string
    /// values are needed. A name becomes a string only when it names an object.
    /// </remarks>
    internal static List<AuditObject> FromVariables(ReadOnlySpan<byte> variables)
    {
        var objects = new List<AuditObject>();
        try
        {
            var reader = new Utf8JsonReader(variables);
            if (reader.Read())
            {
                Collect(ref reader, objects, 0);
            }
        }
        catch (JsonException)
        {
            // The SDK wrote these variables itself; if they cannot be read back, the record has what was found so far
            // (or falls back to the register).
        }

        return objects;
    }

    /// <summary>Collects from the value the reader is on, and leaves the reader on that value's last token.</summary>
    private static void Collect(ref Utf8JsonReader reader, List<AuditObject> objects, int depth)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        if (depth > MaxDepth || objects.Count >= MaxObjects)
        {
            reader.Skip();
            return;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Collect(ref reader, objects, depth + 1);
            }

            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var kind = Classify(ref reader, out var name);
            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                Collect(ref reader, objects, depth + 1);
                continue;
            }

            if (kind == NameKind.None || reader.TokenType != JsonTokenType.String || reader.GetString() is not { Length: > 0 } value)
            {
                continue;
            }

            switch (kind)
            {
                case NameKind.RecordId:
                    Add(objects, "recordID", value, null);
                    break;
                case NameKind.Bsn:
                    Add(objects, "BSN", value, AuditObjectClass.Person);
                    break;
                default:
                    Add(objects, name!, value, null);
                    break;
            }
        }
    }

    private enum NameKind
    {
        None,
        RecordId,
        Bsn,
        Identifier,
    }

    /// <summary>What the property name the reader is on means for the record; <paramref name="name"/> is set for identifiers.</summary>
    private static NameKind Classify(ref Utf8JsonReader reader, out string? name)
    {
        name = null;
        if (reader.ValueIsEscaped)
        {
            var text = reader.GetString()!;
            return Classify(System.Text.Encoding.UTF8.GetBytes(text), text, out name);
        }

        return Classify(reader.ValueSpan, null, out name);
    }

    private static NameKind Classify(ReadOnlySpan<byte> utf8, string? text, out string? name)
    {
        name = null;
        if (utf8.SequenceEqual("recordID"u8))
        {
            return NameKind.RecordId;
        }

        if (System.Text.Ascii.EqualsIgnoreCase(utf8, "bsn"u8))
        {
            return NameKind.Bsn;
        }

        if (utf8.Length > 2
            && (utf8.EndsWith("ID"u8) || utf8.EndsWith("Id"u8))
            && !System.Text.Ascii.EqualsIgnoreCase(utf8, "afzenderID"u8)
            && !System.Text.Ascii.EqualsIgnoreCase(utf8, "ontvangerID"u8))
        {
            name = text ?? NameOf(utf8);
            return NameKind.Identifier;
        }

        return NameKind.None;
    }

    private static string NameOf(ReadOnlySpan<byte> utf8)
    {
        var count = Volatile.Read(ref _knownNameCount);
        for (var i = 0; i < count; i++)
        {
            if (KnownNames[i] is { } known && System.Text.Ascii.Equals(utf8, known))
            {
                return known;
            }
        }

        var name = System.Text.Encoding.UTF8.GetString(utf8);
        if (count < MaxKnownNames && System.Text.Ascii.IsValid(utf8))
        {
            lock (KnownNames)
            {
                if (_knownNameCount < MaxKnownNames)
                {
                    KnownNames[_knownNameCount] = name;
                    Volatile.Write(ref _knownNameCount, _knownNameCount + 1);
                }
            }
        }

        return name;
    }

    private static void Add(List<AuditObject> objects, string type, string value, AuditObjectClass? klasse)
    {
        if (objects.Count >= MaxObjects)
        {
            return;
        }

        foreach (var existing in objects)
        {
            if (string.Equals(existing.IdentifierType, type, StringComparison.Ordinal) && string.Equals(existing.Identifier, value, StringComparison.Ordinal))
            {
                return;
            }
        }

        objects.Add(new AuditObject { IdentifierType = type, Identifier = value, Class = klasse });
    }
}

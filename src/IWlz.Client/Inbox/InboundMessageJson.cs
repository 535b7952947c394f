using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace IWlz.Client.Inbox;

/// <summary>
/// The stored form of a message's fields and caller context: a small, versioned JSON object written and
/// read by hand (no reflection), so stores can keep it in one text column.
/// </summary>
internal static class InboundMessageJson
{
    private const int FormatVersion = 1;

    public static string Serialize(InboundMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", FormatVersion);
            writer.WriteString("timestamp", message.Timestamp.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("afzenderIDType", message.AfzenderIDType);
            writer.WriteString("afzenderID", message.AfzenderID);
            writer.WriteString("ontvangerIDType", message.OntvangerIDType);
            writer.WriteString("ontvangerID", message.OntvangerID);
            if (message.OntvangerKenmerk is not null)
            {
                writer.WriteString("ontvangerKenmerk", message.OntvangerKenmerk);
            }

            writer.WriteString("eventType", message.EventType);
            writer.WriteStartArray("subjectList");
            foreach (var subject in message.SubjectList)
            {
                writer.WriteStartObject();
                writer.WriteString("subject", subject.Subject);
                writer.WriteString("recordID", subject.RecordID);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            var caller = message.Caller;
            if (!ReferenceEquals(caller, CallerContext.None))
            {
                writer.WriteStartObject("caller");
                WriteIfPresent(writer, "claims", caller.ClaimsJson);
                WriteIfPresent(writer, "claimsError", caller.ClaimsError);
                WriteIfPresent(writer, "certificateSubject", caller.ClientCertificateSubject);
                WriteIfPresent(writer, "certificateThumbprint", caller.ClientCertificateThumbprint);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static InboundMessage Deserialize(Guid id, InboundMessageKind kind, DateTimeOffset receivedAt, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var subjects = new List<InboundSubject>();
        foreach (var item in root.GetProperty("subjectList").EnumerateArray())
        {
            subjects.Add(new InboundSubject(item.GetProperty("subject").GetString()!, item.GetProperty("recordID").GetString()!));
        }

        var caller = CallerContext.None;
        if (root.TryGetProperty("caller", out var c))
        {
            caller = new CallerContext
            {
                ClaimsJson = ReadOptional(c, "claims"),
                ClaimsError = ReadOptional(c, "claimsError"),
                ClientCertificateSubject = ReadOptional(c, "certificateSubject"),
                ClientCertificateThumbprint = ReadOptional(c, "certificateThumbprint"),
            };
        }

        return new InboundMessage
        {
            Id = id,
            Kind = kind,
            Timestamp = DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            AfzenderIDType = root.GetProperty("afzenderIDType").GetString()!,
            AfzenderID = root.GetProperty("afzenderID").GetString()!,
            OntvangerIDType = root.GetProperty("ontvangerIDType").GetString()!,
            OntvangerID = root.GetProperty("ontvangerID").GetString()!,
            OntvangerKenmerk = ReadOptional(root, "ontvangerKenmerk"),
            EventType = root.GetProperty("eventType").GetString()!,
            SubjectList = subjects,
            ReceivedAt = receivedAt,
            Caller = caller,
        };
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? ReadOptional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

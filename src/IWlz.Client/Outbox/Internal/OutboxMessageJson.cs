using System.Buffers;
using System.Globalization;
using System.Text.Json;
using IWlz.Client.Notifications;
using IWlz.Client.Sending;

namespace IWlz.Client.Outbox.Internal;

/// <summary>
/// The stored form of an outgoing message: a small, versioned JSON object written and read by hand (no
/// reflection). The timestamp keeps its offset and all digits, so a re-sent message is byte-for-byte the
/// same and the receiver recognises the repeat.
/// </summary>
internal static class OutboxMessageJson
{
    public const int NotificatieKind = 1;
    public const int MeldingKind = 2;
    private const int FormatVersion = 1;

    public static int KindOf(OutgoingMessage message) => message is OutgoingMelding ? MeldingKind : NotificatieKind;

    public static string KindName(OutgoingMessage message) => message is OutgoingMelding ? "melding" : "notificatie";

    public static string Serialize(OutgoingMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", FormatVersion);
            writer.WriteString("timestamp", message.Timestamp.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("ontvangerIDType", IDTypes.ToWireValue(message.Ontvanger.IdType));
            writer.WriteString("ontvangerID", message.Ontvanger.Id);
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
                writer.WriteString("recordID", subject.RecordId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static OutgoingMessage Deserialize(int kind, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var subjects = new List<NotificationSubject>();
        foreach (var item in root.GetProperty("subjectList").EnumerateArray())
        {
            subjects.Add(new NotificationSubject(item.GetProperty("subject").GetString()!, item.GetProperty("recordID").GetString()!));
        }

        var ontvanger = new NotificationParty(IDTypes.Parse(root.GetProperty("ontvangerIDType").GetString()), root.GetProperty("ontvangerID").GetString()!);
        var kenmerk = root.TryGetProperty("ontvangerKenmerk", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        var eventType = root.GetProperty("eventType").GetString()!;
        var timestamp = DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return kind switch
        {
            NotificatieKind => OutgoingNotificatie.Restore(ontvanger, eventType, subjects, kenmerk, timestamp),
            MeldingKind => new OutgoingMelding(ontvanger, eventType, subjects, kenmerk, timestamp),
            _ => throw new InvalidDataException($"The outbox holds a message of unknown kind {kind}."),
        };
    }
}

using IWlz.Client.Inbox;

namespace IWlz.Client.Tests.Inbox;

internal static class TestMessages
{
    public static InboundMessage Notificatie(
        DateTimeOffset? receivedAt = null,
        string eventType = "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER",
        DateTimeOffset? timestamp = null,
        params InboundSubject[] subjects) => new()
        {
            Id = Guid.NewGuid(),
            Kind = InboundMessageKind.Notificatie,
            Timestamp = timestamp ?? new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero),
            AfzenderIDType = "UZOVI",
            AfzenderID = "5000",
            OntvangerIDType = "AGB",
            OntvangerID = "01234567",
            EventType = eventType,
            SubjectList = subjects.Length > 0 ? subjects : [new InboundSubject($"Bemiddeling/{Guid.NewGuid()}", $"Bemiddelingspecificatie/{Guid.NewGuid()}")],
            ReceivedAt = receivedAt ?? DateTimeOffset.UtcNow,
            Caller = new CallerContext { ClaimsJson = """{"client_id":"uzovi:5000","scope":"a b"}""" },
        };

    /// <summary>The same message as <paramref name="original"/> (same de-duplication key) with a new ID.</summary>
    public static InboundMessage RepeatOf(InboundMessage original, DateTimeOffset receivedAt) => new()
    {
        Id = Guid.NewGuid(),
        Kind = original.Kind,
        Timestamp = original.Timestamp,
        AfzenderIDType = original.AfzenderIDType,
        AfzenderID = original.AfzenderID,
        OntvangerIDType = original.OntvangerIDType,
        OntvangerID = original.OntvangerID,
        EventType = original.EventType,
        SubjectList = original.SubjectList.Reverse().ToList(),
        ReceivedAt = receivedAt,
    };
}

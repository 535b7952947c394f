using IWlz.Client.Inbox;

namespace IWlz.Client.Tests.Inbox;

public sealed class InboundMessageCopyTests
{
    [Fact]
    public void A_copy_with_another_receive_time_keeps_every_other_property()
    {
        var original = TestMessages.Notificatie(receivedAt: new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.FromHours(1)));
        original = new InboundMessage
        {
            Id = original.Id,
            Kind = original.Kind,
            Timestamp = original.Timestamp,
            AfzenderIDType = original.AfzenderIDType,
            AfzenderID = original.AfzenderID,
            OntvangerIDType = original.OntvangerIDType,
            OntvangerID = original.OntvangerID,
            OntvangerKenmerk = "abonnement-17", // optional fields set too, so a lost one shows
            EventType = original.EventType,
            SubjectList = original.SubjectList,
            ReceivedAt = original.ReceivedAt,
            Caller = original.Caller,
        };
        var stored = new DateTimeOffset(2026, 11, 30, 1, 0, 0, 123, TimeSpan.Zero);

        var copy = original.WithReceivedAt(stored);

        Assert.NotSame(original, copy);
        Assert.Equal(stored, copy.ReceivedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.FromHours(1)), original.ReceivedAt);

        // Reflection over every public property, so a property added later is checked without editing this test.
        foreach (var property in typeof(InboundMessage).GetProperties())
        {
            if (property.Name == nameof(InboundMessage.ReceivedAt))
            {
                continue;
            }

            Assert.True(Equals(property.GetValue(original), property.GetValue(copy)), $"{property.Name} differs in the copy.");
        }
    }
}

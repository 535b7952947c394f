using IWlz.Client.Notifications;

namespace IWlz.Client.Sending;

/// <summary>A melding (error report) to send. Build it with <see cref="FoutmeldingBuilder"/>.</summary>
public sealed class OutgoingMelding : OutgoingMessage
{
    internal OutgoingMelding(NotificationParty ontvanger, string eventType, IReadOnlyList<NotificationSubject> subjectList, string? ontvangerKenmerk, DateTimeOffset timestamp)
        : base(ontvanger, eventType, subjectList, ontvangerKenmerk, timestamp)
    {
    }
}

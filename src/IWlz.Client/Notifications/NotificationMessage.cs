namespace IWlz.Client.Notifications;

/// <summary>
/// A notification as the netwerkpunt received it (the fields of <c>NotificationInput</c>), before it
/// is interpreted. <see cref="NotificationEventFactory"/> turns it into a typed <see cref="NotificationEvent"/>.
/// </summary>
public sealed class NotificationMessage
{
    /// <summary>Creates a received notification.</summary>
    /// <param name="timestamp">When the sender created the notification.</param>
    /// <param name="afzender">The sender.</param>
    /// <param name="ontvanger">The receiver.</param>
    /// <param name="eventType">The event type as received, in any letter case.</param>
    /// <param name="subjectList">The subjects as received.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public NotificationMessage(
        DateTimeOffset timestamp,
        NotificationParty afzender,
        NotificationParty ontvanger,
        string eventType,
        IReadOnlyList<NotificationSubject> subjectList)
    {
        ArgumentNullException.ThrowIfNull(afzender);
        ArgumentNullException.ThrowIfNull(ontvanger);
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(subjectList);
        Timestamp = timestamp;
        Afzender = afzender;
        Ontvanger = ontvanger;
        EventType = eventType;
        SubjectList = subjectList;
    }

    /// <summary>When the sender created the notification.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The sender.</summary>
    public NotificationParty Afzender { get; }

    /// <summary>The receiver.</summary>
    public NotificationParty Ontvanger { get; }

    /// <summary>For voluntary notifications: the subscription the notification belongs to.</summary>
    public string? OntvangerKenmerk { get; init; }

    /// <summary>The event type as received.</summary>
    public string EventType { get; }

    /// <summary>The subjects as received.</summary>
    public IReadOnlyList<NotificationSubject> SubjectList { get; }
}

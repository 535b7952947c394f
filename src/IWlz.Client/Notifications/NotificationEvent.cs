namespace IWlz.Client.Notifications;

/// <summary>
/// A received notification, interpreted. Each event type of the <see cref="NotificationCatalogue"/>
/// has a sealed subclass with the record IDs as <see cref="Guid"/> properties (for example
/// <see cref="NieuweBemiddelingspecificatieZorgaanbieder"/>); event types the SDK does not know
/// become an <see cref="UnknownNotificationEvent"/>. Create instances with <see cref="NotificationEventFactory"/>.
/// </summary>
/// <remarks>
/// A notification is a hint that something changed, not the change itself: re-query the register
/// for the current state. The typed ID properties come from the first entry of the subject list;
/// every entry has been checked against the catalogue, and <see cref="SubjectList"/> holds them all.
/// </remarks>
public abstract class NotificationEvent
{
    private protected NotificationEvent(NotificationMessage message, NotificationCatalogueEntry? definition)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Definition = definition;
    }

    /// <summary>The event type: the canonical spelling for known types, as received otherwise.</summary>
    public string EventType => Definition?.EventType ?? Message.EventType;

    /// <summary>The preferred catalogue row of the event type; <see langword="null"/> for unknown types.</summary>
    public NotificationCatalogueEntry? Definition { get; }

    /// <summary>The notification exactly as received.</summary>
    public NotificationMessage Message { get; }

    /// <summary>When the sender created the notification.</summary>
    public DateTimeOffset Timestamp => Message.Timestamp;

    /// <summary>The sender.</summary>
    public NotificationParty Afzender => Message.Afzender;

    /// <summary>The receiver.</summary>
    public NotificationParty Ontvanger => Message.Ontvanger;

    /// <summary>For voluntary notifications: the subscription the notification belongs to.</summary>
    public string? OntvangerKenmerk => Message.OntvangerKenmerk;

    /// <summary>The subjects as received.</summary>
    public IReadOnlyList<NotificationSubject> SubjectList => Message.SubjectList;

    /// <summary>Whether the event reports a deleted record; there is nothing to query then.</summary>
    public bool IsDeletion => Definition?.IsDeletion ?? false;

    /// <summary>The event type; safe to log (no IDs).</summary>
    /// <returns>The event type.</returns>
    public override string ToString() => EventType;
}

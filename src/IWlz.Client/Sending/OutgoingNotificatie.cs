using System.Globalization;
using IWlz.Client.Notifications;

namespace IWlz.Client.Sending;

/// <summary>A notification to send. Create it from the typed event catalogue, so event type, subject and recordID are right.</summary>
public sealed class OutgoingNotificatie : OutgoingMessage
{
    private OutgoingNotificatie(NotificationParty ontvanger, string eventType, IReadOnlyList<NotificationSubject> subjectList, string? ontvangerKenmerk, DateTimeOffset timestamp)
        : base(ontvanger, eventType, subjectList, ontvangerKenmerk, timestamp)
    {
    }

    /// <summary>
    /// Creates the notification of event class <typeparamref name="TEvent"/>, for example
    /// <c>OutgoingNotificatie.Create&lt;NieuweBemiddelingspecificatieZorgaanbieder&gt;(new(IDType.AGB, agb), bemiddelingID, specificatieID)</c>:
    /// the subject becomes <c>Bemiddeling/{bemiddelingID}</c> and the recordID <c>Bemiddelingspecificatie/{specificatieID}</c>.
    /// </summary>
    /// <typeparam name="TEvent">The event class from the catalogue.</typeparam>
    /// <param name="ontvanger">The receiver; its ID type must be the one the catalogue names for the event.</param>
    /// <param name="subjectId">The ID of the subject entity (the first ID the catalogue names).</param>
    /// <param name="recordId">The ID of the changed record.</param>
    /// <param name="timestamp">When the notification was created; default now.</param>
    /// <param name="ontvangerKenmerk">For voluntary notifications: the subscription.</param>
    /// <returns>The notification.</returns>
    /// <exception cref="ArgumentException">The event class is not in the catalogue, or the receiver's ID type does not fit the event.</exception>
    public static OutgoingNotificatie Create<TEvent>(NotificationParty ontvanger, Guid subjectId, Guid recordId, DateTimeOffset? timestamp = null, string? ontvangerKenmerk = null)
        where TEvent : NotificationEvent
    {
        var entry = NotificationCatalogue.All.FirstOrDefault(e => e.EventClass == typeof(TEvent))
            ?? throw new ArgumentException($"{typeof(TEvent).Name} is not an event type of the notification catalogue.", nameof(TEvent));
        return Create(entry, ontvanger, subjectId, recordId, timestamp, ontvangerKenmerk);
    }

    /// <summary>Creates a notification of a catalogue event type given by name (any letter case).</summary>
    /// <param name="eventType">The event type, such as <c>NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c>.</param>
    /// <param name="ontvanger">The receiver; its ID type must be the one the catalogue names for the event.</param>
    /// <param name="subjectId">The ID of the subject entity.</param>
    /// <param name="recordId">The ID of the changed record.</param>
    /// <param name="timestamp">When the notification was created; default now.</param>
    /// <param name="ontvangerKenmerk">For voluntary notifications: the subscription.</param>
    /// <returns>The notification.</returns>
    /// <exception cref="ArgumentException">The event type is not in the catalogue, or the receiver's ID type does not fit it.</exception>
    public static OutgoingNotificatie ForEventType(string eventType, NotificationParty ontvanger, Guid subjectId, Guid recordId, DateTimeOffset? timestamp = null, string? ontvangerKenmerk = null)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        var entry = NotificationCatalogue.FindPreferred(eventType)
            ?? throw new ArgumentException($"'{Privacy.SensitiveText.Scrub(eventType)}' is not an event type of the notification catalogue.", nameof(eventType));
        return Create(entry, ontvanger, subjectId, recordId, timestamp, ontvangerKenmerk);
    }

    /// <summary>Rebuilds a notification the outbox stored; it was checked against the catalogue when it was created.</summary>
    internal static OutgoingNotificatie Restore(NotificationParty ontvanger, string eventType, IReadOnlyList<NotificationSubject> subjectList, string? ontvangerKenmerk, DateTimeOffset timestamp) =>
        new(ontvanger, eventType, subjectList, ontvangerKenmerk, timestamp);

    private static OutgoingNotificatie Create(NotificationCatalogueEntry entry, NotificationParty ontvanger, Guid subjectId, Guid recordId, DateTimeOffset? timestamp, string? ontvangerKenmerk)
    {
        ArgumentNullException.ThrowIfNull(ontvanger);
        if (ontvanger.IdType != entry.ReceiverIdType)
        {
            throw new ArgumentException(
                $"{entry.EventType} goes to a {entry.ReceiverRole} identified by {IDTypes.ToWireValue(entry.ReceiverIdType)}, not by {IDTypes.ToWireValueOrNumber(ontvanger.IdType)}.",
                nameof(ontvanger));
        }

        var subject = new NotificationSubject(
            string.Create(CultureInfo.InvariantCulture, $"{entry.SubjectEntity}/{subjectId}"),
            string.Create(CultureInfo.InvariantCulture, $"{entry.RecordIdEntity}/{recordId}"));
        return new OutgoingNotificatie(ontvanger, entry.EventType, [subject], ontvangerKenmerk, timestamp ?? DateTimeOffset.UtcNow);
    }
}

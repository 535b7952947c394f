using IWlz.Client.Notifications;

namespace IWlz.Client.Sending;

/// <summary>
/// A notification or melding to send: the fields of <c>NotificatieInput</c>/<c>MeldingInput</c> except the
/// sender, which the SDK fills from the configured party. Build notifications with
/// <see cref="OutgoingNotificatie.Create{TEvent}"/> and meldingen with <see cref="FoutmeldingBuilder"/>.
/// </summary>
public abstract class OutgoingMessage
{
    private protected OutgoingMessage(NotificationParty ontvanger, string eventType, IReadOnlyList<NotificationSubject> subjectList, string? ontvangerKenmerk, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(ontvanger);
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentNullException.ThrowIfNull(subjectList);
        if (!Enum.IsDefined(ontvanger.IdType))
        {
            throw new ArgumentException($"The ontvanger's ID type {(int)ontvanger.IdType} is not one of AGB, BSN, KVK, OIN or UZOVI.", nameof(ontvanger));
        }

        if (subjectList.Count == 0)
        {
            throw new ArgumentException("The subject list is empty; the netwerkpunt schema requires at least one subject.", nameof(subjectList));
        }

        for (var i = 0; i < subjectList.Count; i++)
        {
            if (subjectList[i] is null || subjectList[i].Subject.Length == 0 || subjectList[i].RecordId.Length == 0)
            {
                throw new ArgumentException($"subjectList[{i}] needs a non-empty subject and recordID.", nameof(subjectList));
            }
        }

        Ontvanger = ontvanger;
        EventType = eventType;
        SubjectList = subjectList;
        OntvangerKenmerk = ontvangerKenmerk;
        Timestamp = timestamp;
    }

    /// <summary>The receiver.</summary>
    public NotificationParty Ontvanger { get; }

    /// <summary>The event type, such as <c>NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c> or <c>IWLZFOUTMELDING</c>.</summary>
    public string EventType { get; }

    /// <summary>The subjects; at least one.</summary>
    public IReadOnlyList<NotificationSubject> SubjectList { get; }

    /// <summary>Notification: the subscription; melding: the original reporter (<c>&lt;IDType&gt;:&lt;ID&gt;</c>). Optional.</summary>
    public string? OntvangerKenmerk { get; }

    /// <summary>When the message was created.</summary>
    public DateTimeOffset Timestamp { get; }
}

namespace IWlz.Client.Notifications;

/// <summary>
/// Why a received notification of a known event type could not be turned into its typed event. The
/// message itself is kept, so nothing is lost; <see cref="Description"/> never repeats record IDs.
/// </summary>
public sealed class NotificationParseFailure
{
    internal NotificationParseFailure(NotificationMessage message, NotificationCatalogueEntry definition, NotificationParseError error, int subjectIndex, string description)
    {
        Message = message;
        Definition = definition;
        Error = error;
        SubjectIndex = subjectIndex;
        Description = description;
    }

    /// <summary>The notification as received.</summary>
    public NotificationMessage Message { get; }

    /// <summary>The catalogue row of the event type.</summary>
    public NotificationCatalogueEntry Definition { get; }

    /// <summary>What is wrong.</summary>
    public NotificationParseError Error { get; }

    /// <summary>The index in the subject list of the offending entry; -1 when the list itself is wrong.</summary>
    public int SubjectIndex { get; }

    /// <summary>A sentence that names the event type, the position and the problem, safe to log.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Description;
}

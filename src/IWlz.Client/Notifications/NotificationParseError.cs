namespace IWlz.Client.Notifications;

/// <summary>Why a notification of a known event type could not be interpreted.</summary>
public enum NotificationParseError
{
    /// <summary>The subject list is empty; the netwerkpunt schema requires at least one entry.</summary>
    EmptySubjectList = 1,

    /// <summary>A <c>subject</c> is not of the form <c>[path/]Entity/uuid</c>.</summary>
    MalformedSubject = 2,

    /// <summary>A <c>recordID</c> is not of the form <c>[path/]Entity/uuid</c>.</summary>
    MalformedRecordId = 3,

    /// <summary>A <c>subject</c> names another entity than the catalogue defines for the event type.</summary>
    UnexpectedSubjectEntity = 4,

    /// <summary>A <c>recordID</c> names another entity than the catalogue defines for the event type.</summary>
    UnexpectedRecordIdEntity = 5,
}

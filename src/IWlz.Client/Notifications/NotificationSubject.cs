namespace IWlz.Client.Notifications;

/// <summary>One entry of a notification's <c>subjectList</c>, exactly as received.</summary>
/// <remarks>Both values identify records about a person; <see cref="object.ToString"/> is not overridden to show them.</remarks>
public sealed class NotificationSubject
{
    /// <summary>Creates an entry.</summary>
    /// <param name="subject">The <c>subject</c>, such as <c>Bemiddeling/{uuid}</c>.</param>
    /// <param name="recordId">The <c>recordID</c>, such as <c>Bemiddelingspecificatie/{uuid}</c>.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public NotificationSubject(string subject, string recordId)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(recordId);
        Subject = subject;
        RecordId = recordId;
    }

    /// <summary>The <c>subject</c> as received.</summary>
    public string Subject { get; }

    /// <summary>The <c>recordID</c> as received.</summary>
    public string RecordId { get; }
}

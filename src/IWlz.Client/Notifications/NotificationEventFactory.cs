namespace IWlz.Client.Notifications;

/// <summary>
/// Turns a received <see cref="NotificationMessage"/> into its typed <see cref="NotificationEvent"/>.
/// Never throws on what the network sends: unknown event types become an
/// <see cref="UnknownNotificationEvent"/>, and malformed subjects of known types a
/// <see cref="NotificationParseFailure"/>.
/// </summary>
public static partial class NotificationEventFactory
{
    /// <summary>
    /// Interprets a received notification. The event type is matched in any letter case. For a known
    /// type, every subject list entry must hold a well-formed <c>subject</c> and <c>recordID</c> naming the
    /// entities the catalogue defines (letter case free, a path in front allowed); the typed IDs are taken
    /// from the first entry.
    /// </summary>
    /// <param name="message">The notification as received.</param>
    /// <returns>The event, or the reason it could not be interpreted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static NotificationParseResult Create(NotificationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);

        var definition = NotificationCatalogue.FindPreferred(message.EventType);
        if (definition is null || !Constructors.TryGetValue(definition.EventType, out var construct))
        {
            return NotificationParseResult.Success(new UnknownNotificationEvent(message));
        }

        if (message.SubjectList.Count == 0)
        {
            return Fail(message, definition, NotificationParseError.EmptySubjectList, -1, "has an empty subject list");
        }

        SubjectRef? firstSubject = null;
        SubjectRef? firstRecord = null;
        for (var i = 0; i < message.SubjectList.Count; i++)
        {
            var entry = message.SubjectList[i];
            if (entry is null || !SubjectRef.TryParse(entry.Subject, out var subject))
            {
                return Fail(message, definition, NotificationParseError.MalformedSubject, i, "has a subject that is not of the form Entity/UUID");
            }

            if (!SubjectRef.TryParse(entry.RecordId, out var record))
            {
                return Fail(message, definition, NotificationParseError.MalformedRecordId, i, "has a recordID that is not of the form Entity/UUID");
            }

            if (!IsEntity(subject, definition.SubjectEntity))
            {
                return Fail(message, definition, NotificationParseError.UnexpectedSubjectEntity, i, $"has a subject naming entity '{Describe(subject.Entity)}' instead of '{definition.SubjectEntity}'");
            }

            if (!IsEntity(record, definition.RecordIdEntity))
            {
                return Fail(message, definition, NotificationParseError.UnexpectedRecordIdEntity, i, $"has a recordID naming entity '{Describe(record.Entity)}' instead of '{definition.RecordIdEntity}'");
            }

            firstSubject ??= subject;
            firstRecord ??= record;
        }

        return NotificationParseResult.Success(construct(message, definition, firstSubject!, firstRecord!));
    }

    // The specifications sometimes spell the entity with an extra 's' (bemiddelingsspecificatie).
    private static bool IsEntity(SubjectRef reference, string expected) =>
        reference.IsEntity(expected)
        || (expected == "Bemiddelingspecificatie" && reference.IsEntity("Bemiddelingsspecificatie"));

    private static string Describe(string entity) => entity.Length <= 40 ? entity : string.Concat(entity.AsSpan(0, 40), "…");

    private static NotificationParseResult Fail(NotificationMessage message, NotificationCatalogueEntry definition, NotificationParseError error, int index, string problem)
    {
        var position = index < 0 ? string.Empty : $" at subjectList[{index}]";
        return NotificationParseResult.Failed(new NotificationParseFailure(
            message, definition, error, index, $"Notification {definition.EventType}{position} {problem}."));
    }
}

using System.Diagnostics.CodeAnalysis;

namespace IWlz.Client.Notifications;

/// <summary>The outcome of <see cref="NotificationEventFactory.Create"/>: an event, or why there is none.</summary>
public sealed class NotificationParseResult
{
    private NotificationParseResult(NotificationEvent? notificationEvent, NotificationParseFailure? failure)
    {
        Event = notificationEvent;
        Failure = failure;
    }

    /// <summary>The event; set when <see cref="IsSuccess"/>. Unknown event types also succeed, as <see cref="UnknownNotificationEvent"/>.</summary>
    public NotificationEvent? Event { get; }

    /// <summary>Why the notification could not be interpreted; set when not <see cref="IsSuccess"/>.</summary>
    public NotificationParseFailure? Failure { get; }

    /// <summary>Whether <see cref="Event"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Event is not null;

    internal static NotificationParseResult Success(NotificationEvent notificationEvent) => new(notificationEvent, null);

    internal static NotificationParseResult Failed(NotificationParseFailure failure) => new(null, failure);
}

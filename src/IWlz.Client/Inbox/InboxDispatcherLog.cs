using Microsoft.Extensions.Logging;

namespace IWlz.Client.Inbox;

/// <summary>
/// Log messages of the dispatcher. They carry only the message ID this receiver generated, the kind, the
/// event type and attempt counts; never subjects, record IDs, sender IDs or claims.
/// </summary>
internal static partial class InboxDispatcherLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Delivered {Kind} {MessageId} ({EventType}), attempt {Attempt}.")]
    public static partial void Delivered(ILogger logger, InboundMessageKind kind, Guid messageId, string eventType, int attempt);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Delivery of {Kind} {MessageId} ({EventType}) failed on attempt {Attempt} of {MaxAttempts} with {ErrorType}; retrying at {NextAttemptAt:O}.")]
    public static partial void Retrying(ILogger logger, InboundMessageKind kind, Guid messageId, string eventType, int attempt, int maxAttempts, string errorType, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "{Kind} {MessageId} ({EventType}) is dead-lettered after {Attempt} attempt(s): {Reason}. Replay it with INotificationInbox.ReplayAsync.")]
    public static partial void DeadLettered(ILogger logger, InboundMessageKind kind, Guid messageId, string eventType, int attempt, string reason);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Error, Message = "The inbox could not be read or updated ({ErrorType}); the dispatcher tries again in {Delay}.")]
    public static partial void InboxFailed(ILogger logger, string errorType, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "The lease on {MessageId} was lost before it could be updated; another attempt will deliver it.")]
    public static partial void LeaseLost(ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "Purged {Count} completed message(s) older than the retention period.")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "The inbox dispatcher started (owner {Owner}).")]
    public static partial void Started(ILogger logger, string owner);
}

using IWlz.Client.Diagnostics.Internal;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Outbox.Internal;

/// <summary>
/// The hooks the outbox (a later issue) calls, so its metrics and log lines match the rest of the SDK:
/// <list type="bullet">
/// <item><see cref="Sent"/> after the receiver acknowledged a notification or melding;</item>
/// <item><see cref="Retrying"/> after a failed attempt that will be tried again;</item>
/// <item><see cref="DeadLettered"/> when a message is set aside after its last attempt.</item>
/// </list>
/// The outbox sends through <see cref="GraphQL.IGraphQLExecutor"/>, which already writes the span, the
/// operation metrics and the NEN 7513 record (Actiecode C, <see cref="Audit.IWlzAuditEventCodes.NotificatieSent"/>
/// or <see cref="Audit.IWlzAuditEventCodes.MeldingSent"/>) of every attempt; the outbox must not write a second
/// record. Only the outbox's own message ID, kind, event type (catalogue or <c>other</c>) and error type are
/// logged, never subjects, record IDs or the receiver.
/// </summary>
internal sealed partial class OutboxTelemetry(SdkMetrics metrics, ILogger<OutboxTelemetry> logger)
{
    /// <summary>Records a message the receiver acknowledged.</summary>
    /// <param name="kind"><c>notificatie</c> or <c>melding</c>.</param>
    /// <param name="eventType">The event type as sent.</param>
    /// <param name="messageId">The outbox's own ID of the message.</param>
    /// <param name="attempt">The attempt that succeeded, from 1.</param>
    internal void Sent(string kind, string eventType, Guid messageId, int attempt)
    {
        var tag = EventTypeTag.For(eventType);
        metrics.OutboxSent(kind, tag);
        LogSent(logger, kind, messageId, tag, attempt);
    }

    /// <summary>Records a failed attempt that will be tried again.</summary>
    /// <param name="kind"><c>notificatie</c> or <c>melding</c>.</param>
    /// <param name="eventType">The event type as sent.</param>
    /// <param name="messageId">The outbox's own ID of the message.</param>
    /// <param name="attempt">The attempt that failed, from 1.</param>
    /// <param name="errorType">An <see cref="IWlzErrorKind"/> name or exception type name.</param>
    /// <param name="nextAttemptAt">When the next attempt is due.</param>
    internal void Retrying(string kind, string eventType, Guid messageId, int attempt, string errorType, DateTimeOffset nextAttemptAt)
    {
        var tag = EventTypeTag.For(eventType);
        var error = SafeTag.NameOrOther(errorType) ?? SafeTag.Other;
        metrics.OutboxRetried(kind, tag, error);
        LogRetrying(logger, kind, messageId, tag, attempt, error, nextAttemptAt);
    }

    /// <summary>Records a message set aside after its last attempt.</summary>
    /// <param name="kind"><c>notificatie</c> or <c>melding</c>.</param>
    /// <param name="eventType">The event type as sent.</param>
    /// <param name="messageId">The outbox's own ID of the message.</param>
    /// <param name="attempt">The last attempt, from 1.</param>
    /// <param name="errorType">An <see cref="IWlzErrorKind"/> name or exception type name.</param>
    internal void DeadLettered(string kind, string eventType, Guid messageId, int attempt, string errorType)
    {
        var tag = EventTypeTag.For(eventType);
        var error = SafeTag.NameOrOther(errorType) ?? SafeTag.Other;
        metrics.OutboxDeadLettered(kind, tag);
        LogDeadLettered(logger, kind, messageId, tag, attempt, error);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Sent {Kind} {MessageId} ({EventType}), attempt {Attempt}.")]
    private static partial void LogSent(ILogger logger, string kind, Guid messageId, string eventType, int attempt);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Sending {Kind} {MessageId} ({EventType}) failed on attempt {Attempt} with {ErrorType}; retrying at {NextAttemptAt:O}.")]
    private static partial void LogRetrying(ILogger logger, string kind, Guid messageId, string eventType, int attempt, string errorType, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "{Kind} {MessageId} ({EventType}) is dead-lettered after {Attempt} attempt(s): {ErrorType}.")]
    private static partial void LogDeadLettered(ILogger logger, string kind, Guid messageId, string eventType, int attempt, string errorType);
}

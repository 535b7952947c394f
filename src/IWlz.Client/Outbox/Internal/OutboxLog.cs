using Microsoft.Extensions.Logging;

namespace IWlz.Client.Outbox.Internal;

/// <summary>
/// Log messages of the background sender beyond the telemetry hooks. They carry only the outbox's message ID
/// and error type names; never subjects, record IDs, the receiver or GraphQL variables.
/// </summary>
internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "The outbox could not be read or updated ({ErrorType}); the sender tries again in {Delay}.")]
    public static partial void StoreFailed(ILogger logger, string errorType, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "The lease on outbox message {MessageId} was lost before it could be updated; another attempt will send it.")]
    public static partial void LeaseLost(ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "The outbox sender started (owner {Owner}).")]
    public static partial void Started(ILogger logger, string owner);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Deleted {Count} delivered outbox message(s) older than the retention period.")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Critical, Message = "Outbox message {MessageId} was acknowledged by the receiver, but the outbox could not record it; it will be sent again when its lease runs out.")]
    public static partial void DeliveryNotRecorded(ILogger logger, Guid messageId, Exception exception);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Error, Message = "Sending outbox message {MessageId} threw {ErrorType}; it is dead-lettered (replay it once the cause is fixed).")]
    public static partial void SendThrew(ILogger logger, Guid messageId, string errorType, Exception exception);
}

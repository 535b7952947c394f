using Microsoft.Extensions.Logging;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Log messages of the endpoint: generated IDs, event types (scrubbed), codes and trace IDs only; never
/// variables, subjects, record IDs, sender IDs, claims or document text.
/// </summary>
internal static partial class NetwerkpuntLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Stored {Kind} {MessageId} ({EventType}), trace {TraceId}.")]
    public static partial void Stored(ILogger logger, string kind, Guid messageId, string eventType, string traceId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Repeat of {Kind} {MessageId} ({EventType}) answered with the same ID, trace {TraceId}.")]
    public static partial void Duplicate(ILogger logger, string kind, Guid messageId, string eventType, string traceId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Refused a request with {StatusCode} {Code}, trace {TraceId}.")]
    public static partial void Refused(ILogger logger, int statusCode, string code, string traceId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "The request had {Outcome} B3 trace headers; started trace {TraceId}.")]
    public static partial void TraceHeaders(ILogger logger, string outcome, string traceId);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "A {Kind} could not be stored within {Timeout}; answered 503 so the sender sends it again, trace {TraceId}.")]
    public static partial void StoreTimeout(ILogger logger, string kind, TimeSpan timeout, string traceId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "A {Kind} could not be stored ({ErrorType}); answered 503 so the sender sends it again, trace {TraceId}.")]
    public static partial void StoreFailed(ILogger logger, string kind, string errorType, string traceId, Exception exception);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "The claims header could not be read; the message is accepted without caller claims, trace {TraceId}.")]
    public static partial void ClaimsUnreadable(ILogger logger, string traceId);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Error, Message = "A request failed unexpectedly while it was read or validated ({ErrorType}); answered 400, trace {TraceId}.")]
    public static partial void UnexpectedRequestFailure(ILogger logger, string errorType, string traceId);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Error, Message = "A stored message's audit record could not be written while audit logging is fail-closed; answered 503 so the sender sends it again, trace {TraceId}.")]
    public static partial void AuditFailed(ILogger logger, string traceId);
}

using Microsoft.Extensions.Logging;

namespace IWlz.Client.Transport.Internal;

internal static partial class TransportLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Retrying {Operation} to {Endpoint} in {Delay} (retry {Attempt}) after {Outcome}.")]
    internal static partial void Retrying(ILogger logger, string operation, string endpoint, TimeSpan delay, int attempt, string outcome);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "The PEP rejected the token (401); fetching a new token and sending {Operation} once more.")]
    internal static partial void RefreshingAfter401(ILogger logger, string operation);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "The circuit for {Endpoint} opened for {BreakDuration} after repeated failures.")]
    internal static partial void CircuitOpened(ILogger logger, string endpoint, TimeSpan breakDuration);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "{Operation} answered HTTP {Status} in {ContentType}.")]
    internal static partial void Answered(ILogger logger, string operation, int status, string contentType);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "{Operation} returned partial data with {ErrorCount} GraphQL error(s).")]
    internal static partial void Partial(ILogger logger, string operation, int errorCount);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "{Operation} failed: {Kind}, HTTP {Status}.")]
    internal static partial void Failed(ILogger logger, string operation, IWlzErrorKind kind, int? status);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "{Operation} failed with {ExceptionType}.")]
    internal static partial void FailedWith(ILogger logger, string operation, string exceptionType);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "{Operation} was canceled by the caller.")]
    internal static partial void Canceled(ILogger logger, string operation);
}

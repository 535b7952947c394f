using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tokens.Internal;

internal static partial class TokenLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Requesting an nID token for audience {Audience} with scopes {Scopes}.")]
    internal static partial void Requesting(ILogger logger, Uri audience, IReadOnlyList<string> scopes);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Received an nID token for audience {Audience}, valid until {ExpiresAt:u}.")]
    internal static partial void Received(ILogger logger, Uri audience, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "nID refused the token request for audience {Audience}: {Kind}, HTTP {Status}.")]
    internal static partial void Refused(ILogger logger, Uri audience, IWlzErrorKind kind, int status);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Dropped the cached nID token for audience {Audience} after the server rejected it.")]
    internal static partial void Invalidated(ILogger logger, Uri audience);
}

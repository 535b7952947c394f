using Microsoft.Extensions.Logging;

namespace IWlz.Client.Certificates.Internal;

internal static partial class CertificateLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded client certificate {Thumbprint} for {Environment}, valid until {NotAfter:u}.")]
    internal static partial void Loaded(ILogger logger, string thumbprint, IWlzEnvironment environment, DateTimeOffset notAfter);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "The client certificate {Thumbprint} expires at {NotAfter:u}, in {DaysLeft} day(s). Renew it at VECOZO and install the new one; it is picked up without a restart.")]
    internal static partial void ExpiresSoon(ILogger logger, string thumbprint, DateTimeOffset notAfter, int daysLeft);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "The client certificate changed from {OldThumbprint} to {NewThumbprint}; new connections use the new one.")]
    internal static partial void Rotated(ILogger logger, string oldThumbprint, string newThumbprint);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Reloading the client certificate failed; the previous certificate {Thumbprint} stays in use.")]
    internal static partial void ReloadFailed(ILogger logger, Exception exception, string thumbprint);
}

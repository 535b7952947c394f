using IWlz.Client.Inbox;
using IWlz.Client.Notifications;

namespace NetwerkpuntHost;

/// <summary>A typed handler: called for every NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER after it was stored.</summary>
internal sealed partial class NieuweToewijzingLogger(ILogger<NieuweToewijzingLogger> logger)
    : INotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder>
{
    public Task HandleAsync(NieuweBemiddelingspecificatieZorgaanbieder notification, InboundMessage context, CancellationToken cancellationToken)
    {
        // Your application takes over here: query the register (INotificationFollowUp), update your records.
        LogReceived(logger, notification.EventType, notification.Afzender.Id, context.Id);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {EventType} from zorgkantoor {Zorgkantoor} (message {MessageId})")]
    private static partial void LogReceived(ILogger logger, string eventType, string zorgkantoor, Guid messageId);
}

/// <summary>The catch-all: every message no other handler took (other events, meldingen).</summary>
internal sealed partial class OverigeBerichtenLogger(ILogger<OverigeBerichtenLogger> logger) : IUnhandledMessageHandler
{
    public Task HandleAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        LogUnhandled(logger, message.Kind, message.EventType, message.Id);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Received {Kind} {EventType} (message {MessageId}); no typed handler")]
    private static partial void LogUnhandled(ILogger logger, InboundMessageKind kind, string eventType, Guid messageId);
}

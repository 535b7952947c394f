using System.Threading.Channels;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;

namespace Demo;

/// <summary>
/// Our typed handler for NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER. The netwerkpunt stored the notification
/// before it acknowledged it; the inbox's dispatcher calls this handler with the typed event.
/// </summary>
internal sealed class NieuweToewijzingHandler(ReceivedNotifications received) : INotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder>
{
    public async Task HandleAsync(NieuweBemiddelingspecificatieZorgaanbieder notification, InboundMessage context, CancellationToken cancellationToken)
    {
        Show.Step(3, "Notification received at our netwerkpunt");
        Show.Detail("event", notification.EventType);
        Show.Detail("from", $"{notification.Afzender.IdType} {notification.Afzender.Id}");
        Show.Detail("bemiddelingspecificatie", notification.BemiddelingspecificatieID);
        Show.Detail("handled by", $"{nameof(NieuweToewijzingHandler)} (typed handler)");
        Show.Detail("acknowledged with", context.Id);
        await received.AddAsync(notification, cancellationToken);
    }
}

/// <summary>Hands the handled notifications to the demo's main flow.</summary>
internal sealed class ReceivedNotifications
{
    private readonly Channel<NieuweBemiddelingspecificatieZorgaanbieder> _channel = Channel.CreateUnbounded<NieuweBemiddelingspecificatieZorgaanbieder>();

    public ValueTask AddAsync(NieuweBemiddelingspecificatieZorgaanbieder notification, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(notification, cancellationToken);

    public ValueTask<NieuweBemiddelingspecificatieZorgaanbieder> NextAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAsync(cancellationToken);
}

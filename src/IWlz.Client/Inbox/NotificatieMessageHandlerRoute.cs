using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Inbox;

/// <summary>Delivers notifications to every registered <see cref="INotificatieMessageHandler"/>, in registration order.</summary>
internal sealed class NotificatieMessageHandlerRoute : IInboundMessageRoute
{
    public async Task<bool> RouteAsync(InboundMessage message, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (message.Kind != InboundMessageKind.Notificatie)
        {
            return false;
        }

        var handled = false;
        foreach (var handler in services.GetServices<INotificatieMessageHandler>())
        {
            await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
            handled = true;
        }

        return handled;
    }
}

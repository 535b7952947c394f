using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Inbox;

/// <summary>Delivers meldingen, parsed, to every registered <see cref="IMeldingHandler"/>, in registration order.</summary>
internal sealed class MeldingHandlerRoute : IInboundMessageRoute
{
    public async Task<bool> RouteAsync(InboundMessage message, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (message.Kind != InboundMessageKind.Melding)
        {
            return false;
        }

        ReceivedMelding? melding = null;
        foreach (var handler in services.GetServices<IMeldingHandler>())
        {
            melding ??= new ReceivedMelding(message);
            await handler.HandleAsync(melding, cancellationToken).ConfigureAwait(false);
        }

        return melding is not null;
    }
}

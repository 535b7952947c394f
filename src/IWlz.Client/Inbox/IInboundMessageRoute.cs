namespace IWlz.Client.Inbox;

/// <summary>
/// One kind of handler the dispatcher delivers to. The SDK registers routes for
/// <see cref="INotificatieMessageHandler"/> and <see cref="IMeldingHandler"/>; further kinds (such as typed
/// notification handlers) are added as routes, without changing the inbox. Every route sees every message;
/// when no route handled it, the <see cref="IUnhandledMessageHandler"/>s get it.
/// </summary>
public interface IInboundMessageRoute
{
    /// <summary>Delivers a message to the handlers of this route, if any apply.</summary>
    /// <param name="message">The stored message.</param>
    /// <param name="services">The service provider of this delivery's scope, to resolve handlers from.</param>
    /// <param name="cancellationToken">Signals the handler timeout or host shutdown.</param>
    /// <returns><see langword="true"/> when at least one handler ran; <see langword="false"/> when none applies. Throws when a handler failed.</returns>
    Task<bool> RouteAsync(InboundMessage message, IServiceProvider services, CancellationToken cancellationToken);
}

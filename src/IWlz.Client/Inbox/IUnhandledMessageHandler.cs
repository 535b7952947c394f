namespace IWlz.Client.Inbox;

/// <summary>
/// The catch-all: receives every message that no other handler took. Without a catch-all such a message
/// is dead-lettered (visible and replayable), never dropped.
/// </summary>
public interface IUnhandledMessageHandler
{
    /// <summary>Handles one message that nothing else handled. Throw to have it retried with backoff.</summary>
    /// <param name="message">The stored message.</param>
    /// <param name="cancellationToken">Signals the handler timeout or host shutdown.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    Task HandleAsync(InboundMessage message, CancellationToken cancellationToken);
}

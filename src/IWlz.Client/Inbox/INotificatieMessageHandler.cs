namespace IWlz.Client.Inbox;

/// <summary>
/// Handles received notifications as stored messages, whatever their event type (known or not).
/// Delivery is at-least-once: a handler can see the same notification again after a failure or a crash,
/// so make it idempotent (a notification is a hint; query the register for the current state).
/// </summary>
public interface INotificatieMessageHandler
{
    /// <summary>Handles one notification. Throw to have it retried with backoff.</summary>
    /// <param name="notificatie">The stored notification, with the caller context in <see cref="InboundMessage.Caller"/>.</param>
    /// <param name="cancellationToken">Signals the handler timeout or host shutdown.</param>
    /// <returns>A task that completes when the notification is handled.</returns>
    Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken);
}

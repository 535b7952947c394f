namespace IWlz.Client.Inbox;

/// <summary>
/// Handles received meldingen (error reports about data this party holds as bronhouder).
/// Delivery is at-least-once; make the handler idempotent.
/// </summary>
public interface IMeldingHandler
{
    /// <summary>Handles one melding. Throw to have it retried with backoff.</summary>
    /// <param name="melding">The melding with its subjects parsed into rule codes and record IDs.</param>
    /// <param name="cancellationToken">Signals the handler timeout or host shutdown.</param>
    /// <returns>A task that completes when the melding is handled.</returns>
    Task HandleAsync(ReceivedMelding melding, CancellationToken cancellationToken);
}

using IWlz.Client.Sending;

namespace IWlz.Client.Outbox;

/// <summary>
/// The durable way to send notifications and meldingen: a message is written to the outbox (durably) and the
/// background sender delivers it, retrying transport errors, 429, 500, 502, 503 and 504 with backoff, and
/// dead-lettering what cannot be delivered. Delivery is at-least-once; receivers de-duplicate.
/// Registered by <c>AddIWlzOutbox</c>.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Writes a notification (<see cref="OutgoingNotificatie"/>) or melding (<see cref="OutgoingMelding"/>, from
    /// <see cref="FoutmeldingBuilder"/>) to the outbox. When this returns, the message survives a crash; the
    /// background sender delivers it.
    /// </summary>
    /// <param name="message">The notification or melding.</param>
    /// <param name="cancellationToken">Cancels the wait; the write may still complete.</param>
    /// <returns>A handle to await delivery or read the state.</returns>
    Task<OutboxMessageHandle> EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>A handle to a message enqueued earlier (for example before a restart).</summary>
    /// <param name="id">The message ID (<see cref="OutboxMessageHandle.Id"/>).</param>
    /// <returns>The handle; it does not check that the message exists.</returns>
    OutboxMessageHandle GetHandle(Guid id);

    /// <summary>Reads one message with its state.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or <see langword="null"/> when unknown (or purged after delivery).</returns>
    Task<OutboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Lists messages in one state, for example the dead letters.</summary>
    /// <param name="status">The state to list.</param>
    /// <param name="maxCount">The most entries to return; default 100.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Pending messages by due time; others newest first.</returns>
    Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxMessageStatus status, int maxCount = 100, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a dead-lettered message again: it becomes pending, due now, with a fresh attempt count. The same
    /// message (same timestamp) is sent, so a receiver that did store it recognises the repeat.
    /// </summary>
    /// <param name="id">The message ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when no dead-lettered message has that ID.</returns>
    Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Counts the messages per state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    Task<OutboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}

using IWlz.Client.Sending;

namespace IWlz.Client.Outbox;

/// <summary>
/// Durable storage for outgoing notifications and meldingen and their delivery state. A message is written
/// here before anything is sent; the background sender leases due messages, sends them and records the
/// outcome.
/// </summary>
/// <remarks>
/// Implementations: <see cref="SqliteOutboxStore"/> (the default, an embedded file shared with the inbox) and
/// <see cref="InMemoryOutboxStore"/> (tests only; not durable). Another store implements this interface and is
/// registered with <c>UseStore&lt;T&gt;()</c>. It must keep these rules:
/// <list type="bullet">
/// <item><see cref="EnqueueAsync"/> returns only after the message is durable;</item>
/// <item><see cref="MarkDeliveredAsync"/> records the receiver's ID and the Delivered state in one atomic step,
/// and a delivered message is never leased again;</item>
/// <item>when a store is opened by a new process, leases of an earlier process are released (the message may
/// have been sent before a crash: it is sent again, at-least-once).</item>
/// </list>
/// </remarks>
public interface IOutboxStore
{
    /// <summary>Stores a new pending message, due at once. Returns only after the data is durable.</summary>
    /// <param name="id">The outbox's ID of the message.</param>
    /// <param name="message">The notification or melding.</param>
    /// <param name="enqueuedAt">Now.</param>
    /// <param name="cancellationToken">Cancels the wait; the write may still complete.</param>
    /// <returns>A task that completes when the message is stored.</returns>
    Task EnqueueAsync(Guid id, OutgoingMessage message, DateTimeOffset enqueuedAt, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="maxCount"/> pending messages that are due, and counts an attempt for each.</summary>
    /// <param name="owner">Who takes the lease; rescheduling and dead-lettering need the same owner.</param>
    /// <param name="maxCount">The most messages to lease.</param>
    /// <param name="leaseDuration">How long the lease holds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leased entries, oldest due first; empty when nothing is due.</returns>
    Task<IReadOnlyList<OutboxEntry>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the receiver acknowledged the message: the Delivered state and the receiver's ID in one atomic
    /// step. A 200 always wins, also when the lease was lost, so the message is never sent again.
    /// </summary>
    /// <param name="id">The message ID.</param>
    /// <param name="receiverId">The receiver's <c>notificatieID</c> or <c>meldingID</c>.</param>
    /// <param name="traceId">The trace ID of the successful attempt, when known.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the message is unknown or already delivered.</returns>
    Task<bool> MarkDeliveredAsync(Guid id, Guid receiverId, string? traceId, CancellationToken cancellationToken);

    /// <summary>Releases a leased message for a later attempt.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="owner">The lease owner.</param>
    /// <param name="nextAttemptAt">When the next attempt is due.</param>
    /// <param name="failure">The failed attempt's outcome, or <see langword="null"/> when the attempt was interrupted (shutdown).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost.</returns>
    Task<bool> RescheduleAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, SendResult? failure, CancellationToken cancellationToken);

    /// <summary>Sets a leased message aside; it stays until <see cref="ReplayAsync"/>.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="owner">The lease owner.</param>
    /// <param name="failure">The last attempt's outcome.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost.</returns>
    Task<bool> DeadLetterAsync(Guid id, string owner, SendResult failure, CancellationToken cancellationToken);

    /// <summary>Moves a dead-lettered message back to pending, due now, with its attempt count reset.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when no dead-lettered message has that ID.</returns>
    Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads one message with its state.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or <see langword="null"/> when unknown (or purged after delivery).</returns>
    Task<OutboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Lists messages in one state: pending by due time, others newest first.</summary>
    /// <param name="status">The state to list.</param>
    /// <param name="maxCount">The most entries to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxMessageStatus status, int maxCount, CancellationToken cancellationToken);

    /// <summary>Counts the messages per state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    Task<OutboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes delivered messages finished before <paramref name="deliveredBefore"/>.</summary>
    /// <param name="deliveredBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many messages were deleted.</returns>
    Task<int> PurgeDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken);
}

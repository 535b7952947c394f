namespace IWlz.Client.Inbox;

/// <summary>
/// Durable storage for received notifications and meldingen, and their delivery state. The netwerkpunt
/// answers a sender only after <see cref="AcceptAsync"/> returned; the dispatcher then leases due messages,
/// runs the handlers and completes, reschedules or dead-letters each one.
/// </summary>
/// <remarks>
/// Implementations: <see cref="SqliteNotificationInbox"/> (the default, an embedded file) and
/// <see cref="InMemoryNotificationInbox"/> (tests only; not durable). Another store implements this interface
/// and is registered with <c>UseInbox&lt;T&gt;()</c>. Leases belong to an owner string, so that a message
/// whose lease expired can be taken over and a late completion by the old owner is refused.
/// </remarks>
public interface INotificationInbox
{
    /// <summary>
    /// Stores a message durably, or finds the stored copy when a message with the same
    /// <see cref="InboundMessage.DeduplicationKey"/> exists. Returns only after the data is on disk.
    /// </summary>
    /// <param name="message">The message, with the ID the receiver generated for it.</param>
    /// <param name="cancellationToken">Cancels the wait; the write may still complete.</param>
    /// <returns>The stored message and whether it was a duplicate.</returns>
    Task<InboxAcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="maxCount"/> pending messages that are due, and counts an attempt for each.</summary>
    /// <param name="owner">Who takes the lease; completion needs the same owner.</param>
    /// <param name="maxCount">The most messages to lease.</param>
    /// <param name="leaseDuration">How long the lease holds; after that another owner may take the message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leased entries, oldest due first; empty when nothing is due.</returns>
    Task<IReadOnlyList<InboxEntry>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Marks a leased message as handled.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="owner">The lease owner.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost (expired and taken, or the message was replayed).</returns>
    Task<bool> CompleteAsync(Guid id, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Marks several leased messages as handled in one go; the dispatcher completes the messages that finish
    /// together this way. The default implementation calls <see cref="CompleteAsync"/> per ID; a store overrides it
    /// to update them in one round trip or transaction.
    /// </summary>
    /// <param name="ids">The message IDs.</param>
    /// <param name="owner">The lease owner.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The IDs that were not completed because their lease was lost; empty when all were completed.</returns>
    async Task<IReadOnlyCollection<Guid>> CompleteManyAsync(IReadOnlyList<Guid> ids, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        List<Guid>? lost = null;
        foreach (var id in ids)
        {
            if (!await CompleteAsync(id, owner, cancellationToken).ConfigureAwait(false))
            {
                (lost ??= []).Add(id);
            }
        }

        return lost ?? (IReadOnlyCollection<Guid>)[];
    }

    /// <summary>Releases a leased message for a later attempt.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="owner">The lease owner.</param>
    /// <param name="nextAttemptAt">When the next attempt is due.</param>
    /// <param name="failure">Why the attempt failed (no personal data), or <see langword="null"/> when it was interrupted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost.</returns>
    Task<bool> RescheduleAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, string? failure, CancellationToken cancellationToken);

    /// <summary>Parks a leased message as dead-lettered; it stays until <see cref="ReplayAsync"/>.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="owner">The lease owner.</param>
    /// <param name="reason">Why (no personal data).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost.</returns>
    Task<bool> DeadLetterAsync(Guid id, string owner, string reason, CancellationToken cancellationToken);

    /// <summary>Moves a dead-lettered message back to pending, due now, with its attempt count reset.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when no dead-lettered message has that ID.</returns>
    Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Reads one stored message with its state.</summary>
    /// <param name="id">The message ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or <see langword="null"/> when unknown (or purged).</returns>
    Task<InboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Lists stored messages in one state: pending by due time, others newest first.</summary>
    /// <param name="status">The state to list, such as <see cref="InboxEntryStatus.DeadLettered"/>.</param>
    /// <param name="maxCount">The most entries to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<InboxEntry>> ListAsync(InboxEntryStatus status, int maxCount, CancellationToken cancellationToken);

    /// <summary>Counts the stored messages per state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes completed messages finished before <paramref name="finishedBefore"/>. Their duplicates are then accepted as new.</summary>
    /// <param name="finishedBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many messages were deleted.</returns>
    Task<int> PurgeCompletedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken);
}

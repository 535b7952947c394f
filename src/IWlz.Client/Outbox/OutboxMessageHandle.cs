using IWlz.Client.Outbox.Internal;

namespace IWlz.Client.Outbox;

/// <summary>
/// A message in the outbox, as its sender sees it: await its delivery or read its state. Holding a handle
/// keeps nothing alive; get one again later with <see cref="IOutbox.GetHandle"/>.
/// </summary>
public sealed class OutboxMessageHandle
{
    private readonly IOutboxStore _store;
    private readonly OutboxCompletions _completions;

    internal OutboxMessageHandle(Guid id, IOutboxStore store, OutboxCompletions completions)
    {
        Id = id;
        _store = store;
        _completions = completions;
    }

    /// <summary>The outbox's ID of the message.</summary>
    public Guid Id { get; }

    /// <summary>Reads the message's current state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or <see langword="null"/> when unknown (or purged after delivery).</returns>
    public Task<OutboxEntry?> GetStateAsync(CancellationToken cancellationToken = default) => _store.GetAsync(Id, cancellationToken);

    /// <summary>
    /// Waits until the receiver acknowledged the message. The background sender of this process must be
    /// running (it is a hosted service); the wait ends only by delivery, dead-lettering or cancellation.
    /// </summary>
    /// <param name="cancellationToken">Ends the wait (the message stays in the outbox and is still sent).</param>
    /// <returns>The delivered entry, with the receiver's ID in <see cref="OutboxEntry.ReceiverId"/>.</returns>
    /// <exception cref="OutboxDeliveryException">The message was dead-lettered; the exception says why.</exception>
    /// <exception cref="InvalidOperationException">The outbox has no message with this ID.</exception>
    public async Task<OutboxEntry> WaitForDeliveryAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            // Watch before reading, so a completion between the read and the wait is not missed.
            var finished = _completions.Watch(Id);
            var entry = await _store.GetAsync(Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The outbox has no message {Id} (never enqueued, or deleted after its retention period).");
            switch (entry.Status)
            {
                case OutboxMessageStatus.Delivered:
                    return entry;
                case OutboxMessageStatus.DeadLettered:
                    throw new OutboxDeliveryException(entry);
            }

            await finished.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The message ID.</summary>
    /// <returns>The ID as text.</returns>
    public override string ToString() => Id.ToString();
}

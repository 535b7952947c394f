using IWlz.Client.Sending;

namespace IWlz.Client.Outbox.Internal;

/// <summary>The <see cref="IOutbox"/> over the registered store: enqueue durably, wake the sender, hand out handles.</summary>
internal sealed class DefaultOutbox(IOutboxStore store, OutboxSignal signal, OutboxCompletions completions, TimeProvider time) : IOutbox
{
    public OutboxMessageHandle GetHandle(Guid id) => new(id, store, completions);

    public Task<OutboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken = default) => store.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxMessageStatus status, int maxCount = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return store.ListAsync(status, maxCount, cancellationToken);
    }

    public async Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var replayed = await store.ReplayAsync(id, cancellationToken).ConfigureAwait(false);
        if (replayed)
        {
            signal.Notify();
        }

        return replayed;
    }

    public Task<OutboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => store.GetStatisticsAsync(cancellationToken);

    public async Task<OutboxMessageHandle> EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow();

        // Version 7: the IDs sort by enqueue time, which keeps the store's index and the logs readable.
        var id = Guid.CreateVersion7(now);
        await store.EnqueueAsync(id, message, now, cancellationToken).ConfigureAwait(false);
        signal.Notify();
        return new OutboxMessageHandle(id, store, completions);
    }
}

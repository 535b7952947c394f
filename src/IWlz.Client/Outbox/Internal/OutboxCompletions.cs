using System.Collections.Concurrent;

namespace IWlz.Client.Outbox.Internal;

/// <summary>
/// Lets handles in this process wait for a message to be finished (delivered or dead-lettered) without
/// polling the store: the background sender reports every finished message here.
/// </summary>
internal sealed class OutboxCompletions
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();

    /// <summary>A task that completes the next time <paramref name="id"/> is finished.</summary>
    public Task Watch(Guid id) =>
        _waiting.GetOrAdd(id, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Wakes everyone waiting for <paramref name="id"/>.</summary>
    public void Finished(Guid id)
    {
        if (_waiting.TryRemove(id, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}

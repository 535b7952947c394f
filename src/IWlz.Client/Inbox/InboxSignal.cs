namespace IWlz.Client.Inbox;

/// <summary>
/// Wakes the dispatcher as soon as a new message is stored, so delivery does not wait for the next poll.
/// A store that does not raise it still works: the dispatcher also polls.
/// </summary>
internal sealed class InboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_semaphore.CurrentCount == 0)
            {
                _semaphore.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up is enough.
        }
    }

    public void Dispose() => _semaphore.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}

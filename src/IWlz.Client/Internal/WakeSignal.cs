namespace IWlz.Client.Internal;

/// <summary>
/// Wakes a polling background loop as soon as there is new work in this process, so the work does not wait
/// for the next poll. At most one wake-up is kept: several signals before the loop wakes count as one. Work
/// that arrives without a signal (another process, a store that does not raise it) is still found by polling.
/// </summary>
internal class WakeSignal : IDisposable
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

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        _semaphore.Dispose();
        GC.SuppressFinalize(this);
    }
}

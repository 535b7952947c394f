namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Reuses the cancellation sources that carry the attempt and total timeouts: a call that ends without a timeout
/// hands its source back (reset, timer stopped), so the common call allocates no source and no timer.
/// Lock-free: a fixed set of slots taken and filled with interlocked exchanges.
/// </summary>
internal sealed class CancellationSourcePool(TimeProvider time)
{
    private readonly CancellationTokenSource?[] _slots = new CancellationTokenSource?[Math.Max(4, Environment.ProcessorCount * 2)];

    /// <summary>A source with no timeout set yet, running on the injected <see cref="TimeProvider"/>.</summary>
    internal CancellationTokenSource Rent()
    {
        var start = Environment.CurrentManagedThreadId;
        for (var i = 0; i < _slots.Length; i++)
        {
            var source = Interlocked.Exchange(ref _slots[(start + i) % _slots.Length], null);
            if (source is not null)
            {
                return source;
            }
        }

        return new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
    }

    /// <summary>Hands a source back; one that was canceled cannot be reused and is disposed.</summary>
    internal void Return(CancellationTokenSource source)
    {
        if (!source.TryReset())
        {
            source.Dispose();
            return;
        }

        var start = Environment.CurrentManagedThreadId;
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _slots[(start + i) % _slots.Length], source, null) is null)
            {
                return;
            }
        }

        source.Dispose();
    }
}

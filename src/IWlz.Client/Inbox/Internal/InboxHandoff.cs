using System.Collections.Concurrent;

namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// Hands a message that was just stored straight to the dispatcher of this process, so the dispatcher does not
/// have to lease it with a write, read it back and parse it again. The stored row stays the durable record: the
/// inbox stores a handed-off message as already leased by the dispatcher (with its first attempt counted), so a
/// crash while it waits here or while its handler runs leaves it pending, and the start-up lease reset makes it
/// due again. The database is read only for what is not handed off: messages from before the start, retries,
/// replays, and messages stored while this queue was full.
/// </summary>
/// <remarks>
/// Bounded: a store reserves a place before it writes (<see cref="TryReserve"/>), so the queue never holds more
/// than <see cref="Capacity"/> entries; a message stored without a place goes the database way and
/// <see cref="MarkStoredWithoutHandoff"/> tells the dispatcher to look there.
/// </remarks>
internal sealed class InboxHandoff
{
    /// <summary>The default bound: enough for every acknowledgement that can be in flight on a busy receiver.</summary>
    public const int DefaultCapacity = 4_096;

    private readonly ConcurrentQueue<InboxEntry> _queue = new();
    private int _reserved;
    private int _storedWithoutHandoff;
    private volatile string? _owner;

    public InboxHandoff()
        : this(DefaultCapacity)
    {
    }

    public InboxHandoff(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>The most entries queued or reserved at once.</summary>
    public int Capacity { get; }

    /// <summary>How many entries are queued or reserved.</summary>
    public int Count => Volatile.Read(ref _reserved);

    /// <summary>The dispatcher takes messages from now on; stores lease what they hand off to <paramref name="owner"/>.</summary>
    public void Attach(string owner)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        _owner = owner;
    }

    /// <summary>The dispatcher stops: nothing more is handed off. It then takes what is left with <see cref="TryTake"/>.</summary>
    public void Detach() => _owner = null;

    /// <summary>
    /// Reserves a place for a message about to be stored. Returns the owner to store as its lease holder, or
    /// <see langword="null"/> when no dispatcher is attached or the queue is full (store it unleased then).
    /// </summary>
    public string? TryReserve()
    {
        var owner = _owner;
        if (owner is null)
        {
            return null;
        }

        if (Interlocked.Increment(ref _reserved) > Capacity)
        {
            Interlocked.Decrement(ref _reserved);
            return null;
        }

        return owner;
    }

    /// <summary>Gives back a place that was reserved but not used (the write failed or found a duplicate).</summary>
    public void Release() => Interlocked.Decrement(ref _reserved);

    /// <summary>Queues a message that is committed as leased by the owner <see cref="TryReserve"/> returned.</summary>
    public void Publish(InboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _queue.Enqueue(entry);
    }

    /// <summary>Takes the oldest queued message.</summary>
    public bool TryTake(out InboxEntry entry)
    {
        if (_queue.TryDequeue(out entry!))
        {
            Interlocked.Decrement(ref _reserved);
            return true;
        }

        return false;
    }

    /// <summary>Records that a message became due in the database without being handed off (queue full, replay).</summary>
    public void MarkStoredWithoutHandoff() => Volatile.Write(ref _storedWithoutHandoff, 1);

    /// <summary>Whether <see cref="MarkStoredWithoutHandoff"/> was called since the last call; clears the mark.</summary>
    public bool TakeStoredWithoutHandoff() => Interlocked.Exchange(ref _storedWithoutHandoff, 0) == 1;
}

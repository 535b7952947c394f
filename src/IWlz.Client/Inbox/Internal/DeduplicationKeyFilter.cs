using System.Numerics;

namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// A Bloom filter of the de-duplication keys stored in the SQLite inbox, so the intake journal's accept path can skip the
/// database lookup for a key it has certainly never seen. It answers "certainly not stored" or "maybe stored"; only the
/// first is acted on, a "maybe" falls back to the lookup. So it may never lose a key (no false negatives): every key is
/// added before the journal intake stops tracking it in memory, and the filter is built from the table at start-up.
/// </summary>
/// <remarks>
/// Sized at <see cref="BitsPerKey"/> bits per key of its capacity (rounded up to a power of two) with
/// <see cref="Probes"/> probes: at most about 0.3% false positives when full, 1.5 to 3 MiB per million keys. Keys deleted from the table (retention) stay in it as false positives.
/// Once more keys were added than it was sized for, <see cref="IsSaturated"/> asks the owner to build a fresh one from the
/// table. One writer adds (under the intake's lock); readers only read, ordered after the add by that same lock.
/// </remarks>
internal sealed class DeduplicationKeyFilter
{
    /// <summary>The smallest capacity: about a million keys (2 MiB).</summary>
    public const int DefaultMinimumCapacity = 1 << 20;

    private const int BitsPerKey = 12;
    private const int Probes = 8;

    private readonly long[] _bits;
    private readonly ulong _mask;
    private readonly long _capacity;
    private long _count;

    /// <param name="capacity">How many keys it holds at about the designed false-positive rate.</param>
    public DeduplicationKeyFilter(long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;

        // A power of two of bits, at least 64 (one word), so a probe is a mask rather than a division.
        var bits = BitOperations.RoundUpToPowerOf2((ulong)Math.Max(64, capacity * BitsPerKey));
        _bits = new long[bits / 64];
        _mask = bits - 1;
    }

    /// <summary>How many keys were added (repeats included).</summary>
    public long Count => Volatile.Read(ref _count);

    /// <summary>The number of keys it was sized for.</summary>
    public long Capacity => _capacity;

    /// <summary>More keys were added than it was sized for: its false-positive rate grows, so it should be rebuilt.</summary>
    public bool IsSaturated => Count > _capacity;

    /// <summary>The capacity of a filter for a table of <paramref name="stored"/> keys: room to grow to twice that.</summary>
    public static long CapacityFor(long stored, int minimumCapacity) => Math.Max(minimumCapacity, stored * 2);

    public void Add(string key)
    {
        var (h1, h2) = Hash(key);
        for (var i = 0u; i < Probes; i++)
        {
            var bit = (h1 + (i * h2)) & _mask;
            Interlocked.Or(ref _bits[bit >> 6], 1L << (int)(bit & 63));
        }

        Interlocked.Increment(ref _count);
    }

    /// <summary><see langword="false"/> when the key was certainly never added; <see langword="true"/> when it may have been.</summary>
    public bool MayContain(string key)
    {
        var (h1, h2) = Hash(key);
        for (var i = 0u; i < Probes; i++)
        {
            var bit = (h1 + (i * h2)) & _mask;
            if ((_bits[bit >> 6] & (1L << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Two 64-bit hashes of the key for double hashing (probe i is h1 + i·h2): FNV-1a over its characters, each half
    /// finished with a different mixer. The keys are SHA-256 hex strings, so their characters are already well spread.
    /// </summary>
    private static (ulong H1, ulong H2) Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (Mix(hash), Mix(hash ^ 0x9E3779B97F4A7C15UL) | 1);
    }

    // The finaliser of splitmix64: every input bit affects every output bit.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}

using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Hands out the factory's <see cref="HttpClient"/> for a client name, keeping one per name for at most
/// <see cref="IWlzClientOptions.HandlerLifetime"/>: a client is a small object of its own (with its own
/// cancellation source) on top of the shared handler chain, and a call needs no new one. Renewing it after the
/// handler lifetime lets the factory's handler rotation (DNS changes, new connections) still take effect; a new
/// certificate has a new name and so gets a new client at once. One entry per name, so a process that alternates
/// between certificates (several parties in one process) reuses each one's client; at most
/// <see cref="MaxEntries"/> are kept, the one renewed soonest making room.
/// </summary>
internal sealed class NamedClientCache(IHttpClientFactory factory, IOptionsMonitor<IWlzClientOptions> options, TimeProvider time)
{
    /// <summary>How many names are kept. A process has a handful of certificates; more only costs a client per call.</summary>
    internal const int MaxEntries = 16;

    private readonly Lock _writeLock = new();

    // Copy on write: calls read the array without a lock, and a new name (rare) replaces it whole.
    private Entry[] _entries = [];

    /// <summary>The client for <paramref name="name"/>: the kept one while it is fresh, otherwise a new one from the factory.</summary>
    internal HttpClient Get(string name)
    {
        var now = time.GetTimestamp();
        foreach (var entry in Volatile.Read(ref _entries))
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                if (now < entry.RenewAt)
                {
                    return entry.Client;
                }

                break;
            }
        }

        var client = factory.CreateClient(name);
        var lifetime = (long)(options.CurrentValue.HandlerLifetime.TotalSeconds * time.TimestampFrequency);
        Keep(new Entry(name, client, now + lifetime), now);
        return client;
    }

    /// <summary>How many names are kept now (for tests).</summary>
    internal int Count => Volatile.Read(ref _entries).Length;

    private void Keep(Entry added, long now)
    {
        lock (_writeLock)
        {
            // The same name's old entry and stale entries go; if still full, the entry renewed soonest goes.
            var kept = new List<Entry>(MaxEntries) { added };
            foreach (var entry in _entries)
            {
                if (!string.Equals(entry.Name, added.Name, StringComparison.Ordinal) && now < entry.RenewAt)
                {
                    kept.Add(entry);
                }
            }

            if (kept.Count > MaxEntries)
            {
                kept.Sort(static (a, b) => b.RenewAt.CompareTo(a.RenewAt));
                kept.RemoveRange(MaxEntries, kept.Count - MaxEntries);
            }

            Volatile.Write(ref _entries, [.. kept]);
        }
    }

    private sealed record Entry(string Name, HttpClient Client, long RenewAt);
}

using System.Collections.Concurrent;
using IWlz.Client.Testing.Traffic;

namespace IWlz.Client.Testing.Internal.Hosting;

/// <summary>The most recent requests of one simulator, oldest first, capped so a long-running simulator stays small.</summary>
internal sealed class RequestJournal
{
    public const int Capacity = 10_000;

    private readonly ConcurrentQueue<RecordedRequest> entries = new();

    public IReadOnlyList<RecordedRequest> All => [.. entries];

    public void Add(RecordedRequest request)
    {
        entries.Enqueue(request);
        while (entries.Count > Capacity && entries.TryDequeue(out _))
        {
        }
    }

    public void Clear() => entries.Clear();
}

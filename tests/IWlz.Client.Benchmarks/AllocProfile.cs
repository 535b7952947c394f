using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using IWlz.Client.Benchmarks.Queries;

internal static class AllocProfile
{
    public static void Run(string which, int calls)
    {
        var b = new QueryQbr0001Benchmarks();
        b.Setup();
        for (var i = 0; i < 2000; i++) { _ = which == "sdk" ? b.Sdk().GetAwaiter().GetResult().Count : b.Baseline().GetAwaiter().GetResult().Count; }
        using var listener = new Listener();
        var before = GC.GetTotalAllocatedBytes(true);
        for (var i = 0; i < calls; i++) { _ = which == "sdk" ? b.Sdk().GetAwaiter().GetResult().Count : b.Baseline().GetAwaiter().GetResult().Count; }
        var total = GC.GetTotalAllocatedBytes(true) - before;
        Console.WriteLine($"{which}: {total / (double)calls:F0} B/call");
        foreach (var (k, v) in listener.Counts.OrderByDescending(kv => kv.Value).Take(45))
        {
            Console.WriteLine($"{v * 100 * 1024.0 / calls,8:F0} B/call  {k}");
        }
        b.Cleanup();
    }

    private sealed class Listener : EventListener
    {
        public ConcurrentDictionary<string, long> Counts { get; } = new();
        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }
        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick") == true)
            {
                var name = e.Payload![e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
                Counts.AddOrUpdate(name, 1, (_, c) => c + 1);
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>Records every activity of the sources <paramref name="listenTo"/> accepts (all sources by default), fully sampled.</summary>
internal sealed class ActivityCapture : IDisposable
{
    private readonly ActivityListener _listener;

    internal ActivityCapture(Func<ActivitySource, bool>? listenTo = null)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = listenTo ?? (_ => true),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    internal ConcurrentQueue<Activity> Stopped { get; } = new();

    internal IReadOnlyList<Activity> Named(string displayName) => Stopped.Where(a => a.DisplayName == displayName).ToList();

    public void Dispose() => _listener.Dispose();
}

using System.Diagnostics;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// Starts the SDK's activities. The B3 headers are taken from these activities, so one is needed even when
/// nothing listens: then a bare <see cref="Activity"/> is started only to own the W3C trace and span IDs.
/// </summary>
internal static class SdkActivity
{
    internal static readonly ActivitySource Source = new(IWlzDiagnostics.ActivitySourceName);

    /// <summary>Starts a client activity that becomes <see cref="Activity.Current"/>; dispose it when done.</summary>
    internal static Activity Start(string name)
    {
        var activity = Source.StartActivity(name, ActivityKind.Client);
        if (activity is not null && activity.IdFormat == ActivityIdFormat.W3C)
        {
            return activity;
        }

        activity?.Dispose();

        // No listener (or a hierarchical parent): create our own so the IDs still exist and are W3C-shaped.
        var own = new Activity(name);
        own.SetIdFormat(ActivityIdFormat.W3C);
        var parent = Activity.Current;
        if (parent is not null && parent.IdFormat == ActivityIdFormat.W3C)
        {
            own.SetParentId(parent.TraceId, parent.SpanId, parent.ActivityTraceFlags);
        }

        return own.Start();
    }
}

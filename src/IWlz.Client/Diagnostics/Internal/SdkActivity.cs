using System.Diagnostics;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// Starts the SDK's activities. The B3 headers are taken from these activities, so one is needed even when
/// nothing listens: then a bare <see cref="Activity"/> is started only to own the W3C trace and span IDs.
/// Every activity the SDK starts is W3C-shaped (32/16 lower-case hex IDs), whatever the process default is.
/// Such an unsampled activity does not record data (<see cref="Activity.IsAllDataRequested"/> is false), so
/// the SDK puts no tags on it: nobody could read them.
/// </summary>
internal static class SdkActivity
{
    internal static readonly ActivitySource Source = new(IWlzDiagnostics.ActivitySourceName);


    /// <summary>
    /// Starts the span of one interaction (a query, a mutation, a token request made outside a call).
    /// <see cref="IWlzTraceMode.NewTrace"/> starts a new trace and links the caller's activity;
    /// <see cref="IWlzTraceMode.ContinueAmbient"/> makes it a child of the caller's activity.
    /// The span becomes <see cref="Activity.Current"/>; dispose it when done.
    /// </summary>
    internal static Activity StartInteraction(string name, IWlzTraceMode mode, ActivityKind kind = ActivityKind.Client)
    {
        var ambient = Activity.Current;
        var ambientContext = ambient is not null && ambient.IdFormat == ActivityIdFormat.W3C ? ambient.Context : default;
        if (mode == IWlzTraceMode.ContinueAmbient && ambientContext != default)
        {
            return Start(name, kind, ambientContext, links: null);
        }

        // A root: without clearing Activity.Current, a default parent context would make it the parent.
        // The caller's Activity.Current comes back when the async method that started this span returns.
        Activity.Current = null;
        return Start(name, kind, default, ambientContext == default ? null : [new ActivityLink(ambientContext)]);
    }

    /// <summary>
    /// Starts a span that belongs to the interaction in progress: a child of the current SDK span when there
    /// is one (so a token request shares the TraceId of the query it serves), else a new interaction.
    /// </summary>
    internal static Activity StartWithinInteraction(string name, IWlzTraceMode mode)
    {
        var current = Activity.Current;
        return IsSdkSpan(current) && current!.IdFormat == ActivityIdFormat.W3C
            ? Start(name, ActivityKind.Client, current.Context, links: null)
            : StartInteraction(name, mode);
    }

    /// <summary>Starts a child of <paramref name="parent"/>, for example the span of a resent request.</summary>
    internal static Activity StartChild(string name, Activity parent) =>
        Start(name, ActivityKind.Client, parent.Context, links: null);

    /// <summary>Whether <paramref name="activity"/> was started by the SDK (with or without a listener).</summary>
    /// <remarks>By its source or its type, not a custom property: a property costs a dictionary per span.</remarks>
    internal static bool IsSdkSpan(Activity? activity) => activity is UnsampledActivity || (activity is not null && ReferenceEquals(activity.Source, Source));

    private static Activity Start(string name, ActivityKind kind, ActivityContext parent, IEnumerable<ActivityLink>? links)
    {
        var activity = Source.CreateActivity(name, kind, parent, tags: null, links, ActivityIdFormat.W3C);
        if (activity is null)
        {
            // Nothing listens (or the sampler dropped it): our own activity still owns valid IDs for the headers.
            activity = new UnsampledActivity(name) { IsAllDataRequested = false };
            activity.SetIdFormat(ActivityIdFormat.W3C);
            if (parent != default)
            {
                activity.SetParentId(parent.TraceId, parent.SpanId, parent.TraceFlags);
            }
        }

        return activity.Start();
    }

    /// <summary>The SDK's span when nothing samples its source: it only owns the IDs for the B3 headers.</summary>
    private sealed class UnsampledActivity(string name) : Activity(name);
}

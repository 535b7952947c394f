using System.Diagnostics;
using IWlz.Client.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Continues the sender's B3 trace (<c>X-B3-TraceId</c>, <c>X-B3-SpanId</c>) in a server span, or starts a new
/// trace when the headers are missing or invalid. It never rejects a request for its trace headers.
/// </summary>
internal static class B3TraceContext
{
    public const string TraceIdHeader = B3HeaderNames.TraceId;
    public const string SpanIdHeader = B3HeaderNames.SpanId;
    public static readonly ActivitySource Source = new(IWlz.Client.AspNetCore.Diagnostics.IWlzAspNetCoreDiagnostics.ActivitySourceName);

    public enum Outcome
    {
        Continued,
        Missing,
        Invalid,
    }

    /// <summary>Starts the server span; it is never <see langword="null"/>, even when nothing listens.</summary>
    public static (Activity Activity, Outcome Outcome) Start(HttpRequest request)
    {
        var outcome = Read(request, out var parent);
        const string Name = "netwerkpunt receive";

        // W3C IDs whatever the process default is, so the echoed X-B3-TraceId is always 32 lower-case hex.
        var activity = Source.CreateActivity(Name, ActivityKind.Server, parent ?? default, tags: null, links: null, ActivityIdFormat.W3C)?.Start();
        if (activity is null)
        {
            // Nothing listens: an Activity of our own still yields valid, non-zero IDs for the response.
            activity = new Activity(Name);
            if (parent is { } ctx)
            {
                activity.SetParentId(ctx.TraceId, ctx.SpanId, ctx.TraceFlags);
            }
            else
            {
                // A new trace (or a child of the host's request activity, when there is one).
                activity.SetIdFormat(ActivityIdFormat.W3C);
            }

            activity.Start();
        }

        return (activity, outcome);
    }

    private static Outcome Read(HttpRequest request, out ActivityContext? parent)
    {
        parent = null;
        var traceHeader = request.Headers[TraceIdHeader];
        if (traceHeader.Count == 0 || string.IsNullOrEmpty(traceHeader[0]))
        {
            return Outcome.Missing;
        }

        // One value only; a 16-hex trace ID (older B3) is widened to 32 (B3Ids).
        if (traceHeader.Count != 1 || !B3Ids.TryParseTraceId(traceHeader[0], out var traceId))
        {
            return Outcome.Invalid;
        }

        var spanHeader = request.Headers[SpanIdHeader];
        var span = spanHeader.Count == 1 && B3Ids.TryParseSpanId(spanHeader[0], out var spanId) ? spanId : ActivitySpanId.CreateRandom();
        parent = new ActivityContext(traceId, span, ActivityTraceFlags.Recorded, isRemote: true);
        return Outcome.Continued;
    }
}

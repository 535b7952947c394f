using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Continues the sender's B3 trace (<c>X-B3-TraceId</c>, <c>X-B3-SpanId</c>) in a server span, or starts a new
/// trace when the headers are missing or invalid. It never rejects a request for its trace headers.
/// </summary>
internal static class B3TraceContext
{
    public const string TraceIdHeader = "X-B3-TraceId";
    public const string SpanIdHeader = "X-B3-SpanId";
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

        var traceId = traceHeader.Count == 1 ? traceHeader[0]!.Trim().ToLowerInvariant() : string.Empty;

        // A 16-hex trace ID (older B3) is widened to 32 by left-padding with zeros, as B3 propagators do.
        if (traceId.Length == 16)
        {
            traceId = new string('0', 16) + traceId;
        }

        if (!IsHex(traceId, 32))
        {
            return Outcome.Invalid;
        }

        var spanHeader = request.Headers[SpanIdHeader];
        var spanId = spanHeader.Count == 1 ? spanHeader[0]!.Trim().ToLowerInvariant() : string.Empty;
        var span = IsHex(spanId, 16) ? ActivitySpanId.CreateFromString(spanId) : ActivitySpanId.CreateRandom();
        parent = new ActivityContext(ActivityTraceId.CreateFromString(traceId), span, ActivityTraceFlags.Recorded, isRemote: true);
        return Outcome.Continued;
    }

    private static bool IsHex(string value, int length)
    {
        if (value.Length != length)
        {
            return false;
        }

        var nonZero = false;
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }

            nonZero |= c != '0';
        }

        return nonZero;
    }
}

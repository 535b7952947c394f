using System.Diagnostics;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>How the SDK writes the B3 multi-headers (RFC0022a); the names are <see cref="B3HeaderNames"/>.</summary>
internal static class B3Headers
{
    internal const string TraceId = B3HeaderNames.TraceId;
    internal const string SpanId = B3HeaderNames.SpanId;
    internal const string ParentSpanId = B3HeaderNames.ParentSpanId;

    /// <summary>
    /// Sets the B3 headers from the activity's W3C IDs (already 32/16 lower-case hex and never all zeros),
    /// replacing any value set before. <c>X-B3-ParentSpanId</c> only when asked for and the span has a parent.
    /// </summary>
    internal static void Apply(HttpRequestMessage request, Activity activity, bool emitParentSpanId)
    {
        request.Headers.Remove(TraceId);
        request.Headers.Remove(SpanId);
        request.Headers.Remove(ParentSpanId);
        request.Headers.TryAddWithoutValidation(TraceId, activity.TraceId.ToHexString());
        request.Headers.TryAddWithoutValidation(SpanId, activity.SpanId.ToHexString());
        if (emitParentSpanId && activity.ParentSpanId != default)
        {
            request.Headers.TryAddWithoutValidation(ParentSpanId, activity.ParentSpanId.ToHexString());
        }
    }
}

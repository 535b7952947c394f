using System.Diagnostics;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>The B3 multi-header names (RFC0022a) and how their values are checked.</summary>
internal static class B3Headers
{
    internal const string TraceId = "X-B3-TraceId";
    internal const string SpanId = "X-B3-SpanId";

    /// <summary>Sets the B3 headers from the activity's W3C IDs (already 32/16 lower-case hex and never all zeros).</summary>
    internal static void Apply(HttpRequestMessage request, Activity activity)
    {
        request.Headers.Remove(TraceId);
        request.Headers.Remove(SpanId);
        request.Headers.TryAddWithoutValidation(TraceId, activity.TraceId.ToHexString());
        request.Headers.TryAddWithoutValidation(SpanId, activity.SpanId.ToHexString());
    }
}

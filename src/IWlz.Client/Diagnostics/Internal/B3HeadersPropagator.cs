using System.Diagnostics;
using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// The header propagator of the SDK's socket handlers. HttpClient's diagnostics handler calls it for each
/// request when activity propagation is on. It writes what the host's <see cref="DistributedContextPropagator.Current"/>
/// writes (usually W3C <c>traceparent</c>, or nothing when the host turned propagation off), then puts the B3
/// headers back from the SDK span of the request. So a host instrumentation that injects its own B3 headers
/// from the HTTP client span cannot make <c>X-B3-SpanId</c> differ from the SDK span, and <c>traceparent</c>
/// always carries the same TraceId. It is given to the SDK's socket handlers only while a host observes HttpClient
/// (<see cref="HttpClientTracing"/>); otherwise they have no diagnostics stage and the SDK's own handler writes B3.
/// </summary>
internal sealed class B3HeadersPropagator : DistributedContextPropagator
{
    internal static readonly B3HeadersPropagator Instance = new();

    private static readonly string[] B3Fields = [B3Headers.TraceId, B3Headers.SpanId, B3Headers.ParentSpanId];

    private B3HeadersPropagator()
    {
    }

    public override IReadOnlyCollection<string> Fields => [.. Current.Fields, .. B3Fields];

    public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter)
    {
        Current.Inject(activity, carrier, setter);
        if (carrier is HttpRequestMessage request && RequestContext.Of(request) is { WireSpan: { } span } context)
        {
            B3Headers.Apply(request, span, context.EmitParentSpanId);
        }
    }

    public override void ExtractTraceIdAndState(object? carrier, PropagatorGetterCallback? getter, out string? traceId, out string? traceState) =>
        Current.ExtractTraceIdAndState(carrier, getter, out traceId, out traceState);

    public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(object? carrier, PropagatorGetterCallback? getter) =>
        Current.ExtractBaggage(carrier, getter);
}

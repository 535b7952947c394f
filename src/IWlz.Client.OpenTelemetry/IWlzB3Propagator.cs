using System.Diagnostics;
using IWlz.Client.Diagnostics;
using OpenTelemetry.Context.Propagation;

namespace IWlz.Client.OpenTelemetry;

/// <summary>
/// A B3 propagator for the host's own traffic, so that requests the host sends or receives outside the SDK
/// carry the same trace headers as the iWlz network uses (logging.md §6.20). The SDK itself always writes B3
/// on its own requests and does not need this.
/// </summary>
/// <remarks>
/// <para>
/// <b>Inject</b> writes the multi-header form the iWlz network prescribes: <c>X-B3-TraceId</c> (32 lower-case
/// hex), <c>X-B3-SpanId</c> (16 lower-case hex) and <c>X-B3-Sampled</c> (<c>1</c> or <c>0</c>). Nothing is
/// written for an invalid context. <c>X-B3-ParentSpanId</c> is never written: an
/// <see cref="ActivityContext"/> does not know its parent.
/// </para>
/// <para>
/// <b>Extract</b> is tolerant: it reads the multi-header form and the single <c>b3</c> header, accepts 16-hex
/// (64-bit) trace IDs by padding them with zeros, accepts upper-case hex, and reads <c>X-B3-Sampled</c> as
/// <c>1</c>/<c>true</c> (or <c>X-B3-Flags: 1</c>, debug) for sampled. Anything malformed or all zeros is ignored
/// and the incoming context is returned unchanged, so a bad header never fails a request. A context that is
/// already valid is returned as it is.
/// </para>
/// <para>
/// Combine it with W3C trace context, e.g.
/// <c>Sdk.SetDefaultTextMapPropagator(new CompositeTextMapPropagator([new TraceContextPropagator(), new IWlzB3Propagator()]))</c>.
/// </para>
/// </remarks>
public sealed class IWlzB3Propagator : TextMapPropagator
{
    /// <summary>The trace ID header.</summary>
    public const string TraceIdHeader = B3HeaderNames.TraceId;

    /// <summary>The span ID header.</summary>
    public const string SpanIdHeader = B3HeaderNames.SpanId;

    /// <summary>The sampling decision header.</summary>
    public const string SampledHeader = B3HeaderNames.Sampled;

    /// <summary>The debug flag header (<c>1</c> means sampled).</summary>
    public const string FlagsHeader = B3HeaderNames.Flags;

    /// <summary>The single-header form, read but never written.</summary>
    public const string SingleHeader = "b3";

    private static readonly HashSet<string> AllFields = new(StringComparer.OrdinalIgnoreCase) { TraceIdHeader, SpanIdHeader, SampledHeader, FlagsHeader, SingleHeader };

    /// <inheritdoc />
    public override ISet<string> Fields => AllFields;

    /// <inheritdoc />
    public override void Inject<T>(PropagationContext context, T carrier, Action<T, string, string> setter)
    {
        ArgumentNullException.ThrowIfNull(setter);
        var activity = context.ActivityContext;
        if (carrier is null || activity.TraceId == default || activity.SpanId == default)
        {
            return;
        }

        setter(carrier, TraceIdHeader, activity.TraceId.ToHexString());
        setter(carrier, SpanIdHeader, activity.SpanId.ToHexString());
        setter(carrier, SampledHeader, (activity.TraceFlags & ActivityTraceFlags.Recorded) != 0 ? "1" : "0");
    }

    /// <inheritdoc />
    public override PropagationContext Extract<T>(PropagationContext context, T carrier, Func<T, string, IEnumerable<string>?> getter)
    {
        ArgumentNullException.ThrowIfNull(getter);
        if (carrier is null || (context.ActivityContext.TraceId != default && context.ActivityContext.SpanId != default))
        {
            return context;
        }

        var traceId = First(getter(carrier, TraceIdHeader));
        var spanId = First(getter(carrier, SpanIdHeader));
        if (traceId is not null && spanId is not null)
        {
            var sampled = First(getter(carrier, SampledHeader));
            var flags = First(getter(carrier, FlagsHeader));
            return Create(context, traceId, spanId, IsSampled(sampled) || flags == "1");
        }

        var single = First(getter(carrier, SingleHeader));
        if (single is null)
        {
            return context;
        }

        // {TraceId}-{SpanId}[-{SamplingState}[-{ParentSpanId}]]
        var parts = single.Split('-');
        return parts.Length >= 2
            ? Create(context, parts[0], parts[1], parts.Length > 2 && (IsSampled(parts[2]) || parts[2] == "d"))
            : context;
    }

    private static PropagationContext Create(PropagationContext context, string traceIdText, string spanIdText, bool sampled)
    {
        if (!B3Ids.TryParseTraceId(traceIdText, out var traceId) || !B3Ids.TryParseSpanId(spanIdText, out var spanId))
        {
            return context;
        }

        var activity = new ActivityContext(traceId, spanId, sampled ? ActivityTraceFlags.Recorded : ActivityTraceFlags.None, isRemote: true);
        return new PropagationContext(activity, context.Baggage);
    }

    private static bool IsSampled(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string? First(IEnumerable<string>? values) => values?.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}

namespace IWlz.Client.Diagnostics;

/// <summary>
/// How the SDK starts traces and which B3 headers it sends (RFC0022a). Bound from <c>IWlz:Tracing</c>.
/// Every outgoing request always carries <c>X-B3-TraceId</c> and <c>X-B3-SpanId</c>, whatever is set here.
/// </summary>
public sealed class TracingOptions
{
    /// <summary>
    /// Whether a call starts a new trace or continues the caller's. Default
    /// <see cref="IWlzTraceMode.NewTrace"/>: iWlz phase 1 wants a new TraceId per interaction; the caller's
    /// activity is kept as an <see cref="System.Diagnostics.ActivityLink"/>.
    /// </summary>
    public IWlzTraceMode Mode { get; set; } = IWlzTraceMode.NewTrace;

    /// <summary>
    /// Whether to send <c>X-B3-ParentSpanId</c> (RFC0019/RFC0022b, phase 2). When on, the header holds the
    /// span ID of the span's parent and is left out for the root span of a trace. Default
    /// <see langword="false"/>: phase 1 sends no parent span ID.
    /// </summary>
    public bool EmitParentSpanId { get; set; }
}

/// <summary>Where a call's trace comes from.</summary>
public enum IWlzTraceMode
{
    /// <summary>
    /// Each interaction (query, mutation, token request made outside a call) starts a new trace. The
    /// caller's current activity, if any, is linked, not used as parent. The default.
    /// </summary>
    NewTrace = 0,

    /// <summary>The call's span becomes a child of <see cref="System.Diagnostics.Activity.Current"/>, continuing its trace.</summary>
    ContinueAmbient = 1,
}

namespace IWlz.Client.Diagnostics;

/// <summary>
/// The B3 multi-header names (RFC0022a), in one place. Linked as source into every package that writes or
/// reads B3 (the SDK's handlers, the netwerkpunt and the OpenTelemetry propagator), so a name cannot differ
/// between them. HTTP header names are case-insensitive; these are the spellings the SDK writes.
/// </summary>
internal static class B3HeaderNames
{
    public const string TraceId = "X-B3-TraceId";

    public const string SpanId = "X-B3-SpanId";

    public const string ParentSpanId = "X-B3-ParentSpanId";

    public const string Sampled = "X-B3-Sampled";

    public const string Flags = "X-B3-Flags";
}

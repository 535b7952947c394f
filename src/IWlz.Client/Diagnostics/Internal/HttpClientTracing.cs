using System.Diagnostics;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// Whether anything in the process observes HttpClient's own tracing: an <see cref="ActivityListener"/> on the
/// <c>System.Net.Http</c> source (OpenTelemetry's HttpClient instrumentation, Application Insights) or a subscriber
/// to its <c>HttpHandlerDiagnosticListener</c>.
/// </summary>
/// <remarks>
/// HttpClient's socket handler only has its diagnostics stage when it is given a propagator
/// (<see cref="System.Net.Http.SocketsHttpHandler.ActivityHeadersPropagator"/>). With the SDK span as
/// <see cref="Activity.Current"/>, that stage starts an <see cref="Activity"/> of its own for every request, sets
/// its tags and writes <c>traceparent</c>, about 1.6 KB and over a microsecond per call, even when nothing records
/// it. The SDK writes B3 itself, so it gives its handlers the propagator only when a host observes HttpClient: then
/// the host's HTTP span nests under the SDK span and <c>traceparent</c> agrees with B3, as before. The probes are
/// a source and a listener of the same names: listeners and subscribers attach to every instance of a name, so
/// the probes see what the runtime's own instances see. A handler is built per certificate and renewed after
/// <c>IWlz:HandlerLifetime</c>, so tracing switched on later takes effect with the next handler.
/// </remarks>
internal static class HttpClientTracing
{
    private static readonly ActivitySource ActivityProbe = new("System.Net.Http");

    private static readonly DiagnosticListener DiagnosticProbe = new("HttpHandlerDiagnosticListener");

    /// <summary>True when a host listens to HttpClient's activities or diagnostic events.</summary>
    internal static bool IsObserved => ActivityProbe.HasListeners() || DiagnosticProbe.IsEnabled();
}

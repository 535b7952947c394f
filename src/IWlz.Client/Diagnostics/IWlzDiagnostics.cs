namespace IWlz.Client.Diagnostics;

/// <summary>
/// Names under which the SDK reports traces and metrics. Subscribe to them with OpenTelemetry
/// (<c>AddSource(IWlzDiagnostics.ActivitySourceName)</c>, <c>AddMeter(IWlzDiagnostics.MeterName)</c>) or with an
/// <see cref="System.Diagnostics.ActivityListener"/> / <see cref="System.Diagnostics.Metrics.MeterListener"/>.
/// docs/observability.md lists every span, tag and instrument.
/// </summary>
public static class IWlzDiagnostics
{
    /// <summary>The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: <c>IWlz.Client</c>.</summary>
    public const string ActivitySourceName = "IWlz.Client";

    /// <summary>The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>IWlz.Client</c>.</summary>
    public const string MeterName = "IWlz.Client";
}

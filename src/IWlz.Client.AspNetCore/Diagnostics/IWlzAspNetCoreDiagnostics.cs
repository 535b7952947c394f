namespace IWlz.Client.AspNetCore.Diagnostics;

/// <summary>
/// Names under which the netwerkpunt reports traces and metrics. Subscribe to them next to
/// <c>IWlz.Client.Diagnostics.IWlzDiagnostics</c> (or with the wildcard <c>IWlz.Client*</c>).
/// docs/observability.md lists every span, tag and instrument.
/// </summary>
public static class IWlzAspNetCoreDiagnostics
{
    /// <summary>The name of the netwerkpunt's <see cref="System.Diagnostics.ActivitySource"/>: <c>IWlz.Client.AspNetCore</c>.</summary>
    public const string ActivitySourceName = "IWlz.Client.AspNetCore";

    /// <summary>The name of the netwerkpunt's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>IWlz.Client.AspNetCore</c>.</summary>
    public const string MeterName = "IWlz.Client.AspNetCore";
}

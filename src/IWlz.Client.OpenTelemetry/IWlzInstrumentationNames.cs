using IWlz.Client.Diagnostics;

namespace IWlz.Client.OpenTelemetry;

/// <summary>
/// The ActivitySource and Meter names <c>AddIWlzClientInstrumentation()</c> adds. The netwerkpunt's names are
/// written out here, not taken from IWlz.Client.AspNetCore, so that a client-only host does not need ASP.NET Core.
/// </summary>
internal static class IWlzInstrumentationNames
{
    /// <summary>The netwerkpunt's source and meter (<c>IWlzAspNetCoreDiagnostics</c> in IWlz.Client.AspNetCore).</summary>
    internal const string Netwerkpunt = "IWlz.Client.AspNetCore";

    internal static readonly string[] ActivitySources = [IWlzDiagnostics.ActivitySourceName, Netwerkpunt];

    internal static readonly string[] Meters = [IWlzDiagnostics.MeterName, Netwerkpunt];
}

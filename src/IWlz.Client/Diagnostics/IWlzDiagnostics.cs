namespace IWlz.Client.Diagnostics;

/// <summary>Names under which the SDK reports traces; subscribe to them with OpenTelemetry or an ActivityListener.</summary>
public static class IWlzDiagnostics
{
    /// <summary>The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: <c>IWlz.Client</c>.</summary>
    public const string ActivitySourceName = "IWlz.Client";
}

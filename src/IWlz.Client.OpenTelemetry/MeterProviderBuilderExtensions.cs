using IWlz.Client.OpenTelemetry;

namespace OpenTelemetry.Metrics;

/// <summary>Registers the metrics of IWlz.Client with an OpenTelemetry meter provider.</summary>
public static class IWlzMeterProviderBuilderExtensions
{
    /// <summary>
    /// Adds the Meters of IWlz.Client (<c>IWlz.Client</c>: operations and their durations, resends, token
    /// requests and cache lookups, the certificate's days to expiry, inbox and outbox counters) and of the
    /// netwerkpunt (<c>IWlz.Client.AspNetCore</c>: messages received). HTTP-level metrics stay with .NET's own
    /// <c>System.Net.Http</c> and ASP.NET Core meters. docs/observability.md lists every instrument.
    /// </summary>
    /// <param name="builder">The meter provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static MeterProviderBuilder AddIWlzClientInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(IWlzInstrumentationNames.Meters);
    }
}

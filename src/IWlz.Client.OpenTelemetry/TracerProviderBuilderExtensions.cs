using IWlz.Client.OpenTelemetry;

namespace OpenTelemetry.Trace;

/// <summary>Registers the spans of IWlz.Client with an OpenTelemetry tracer provider.</summary>
public static class IWlzTracerProviderBuilderExtensions
{
    /// <summary>
    /// Adds the ActivitySources of IWlz.Client (<c>IWlz.Client</c>: queries, mutations, nID token requests and
    /// inbox deliveries) and of the netwerkpunt (<c>IWlz.Client.AspNetCore</c>: received notifications and
    /// meldingen). The SDK sends B3 headers on its own requests whatever is configured here; this only makes
    /// the host export the spans. docs/observability.md lists every span and tag.
    /// </summary>
    /// <param name="builder">The tracer provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TracerProviderBuilder AddIWlzClientInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(IWlzInstrumentationNames.ActivitySources);
    }
}

using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Configures the SDK's named clients (<see cref="HttpClientNames"/>) for any certificate thumbprint.
/// PEP: resilience (<see cref="ResilientCallHandler"/>) → token and B3 (one handler) → mTLS socket handler. nID: resilience → B3 → mTLS socket handler.
/// </summary>
internal sealed class HttpClientConfigurator(
    IOptionsMonitor<IWlzClientOptions> options,
    ClientCertificateRegistry certificates,
    PrimaryHandlerFactory primaryHandlers,
    CircuitBreakers circuits,
    CancellationSourcePool cancellationSources,
    TimeProvider time,
    ILoggerFactory loggers) : IConfigureNamedOptions<HttpClientFactoryOptions>
{
    public void Configure(HttpClientFactoryOptions options1) => Configure(Options.DefaultName, options1);

    public void Configure(string? name, HttpClientFactoryOptions factoryOptions)
    {
        if (name is null)
        {
            return;
        }

        var isPep = name.StartsWith(HttpClientNames.PepPrefix, StringComparison.Ordinal);
        var isNid = name.StartsWith(HttpClientNames.NidPrefix, StringComparison.Ordinal);
        if (!isPep && !isNid)
        {
            return;
        }

        var thumbprint = name[(isPep ? HttpClientNames.PepPrefix : HttpClientNames.NidPrefix).Length..];
        factoryOptions.HandlerLifetime = options.CurrentValue.HandlerLifetime;

        // The factory's trace logging must never show the bearer token or any other header value
        // (HeaderRedaction enforces this again after the host's configuration).
        factoryOptions.ShouldRedactHeaderValue = static _ => true;
        factoryOptions.HttpClientActions.Add(client => client.Timeout = Timeout.InfiniteTimeSpan);
        factoryOptions.HttpMessageHandlerBuilderActions.Add(builder =>
        {
            builder.PrimaryHandler = primaryHandlers.Create(certificates.Get(thumbprint));
            var kind = isPep ? "pep" : "nid";
            var logger = loggers.CreateLogger("IWlz.Client.Transport");
            var metrics = builder.Services.GetRequiredService<SdkMetrics>();
            if (isPep)
            {
                // The resilience handler resends after a 401 with a new token, which the token handler attaches.
                var tokens = builder.Services.GetRequiredService<ITokenProvider>();
                builder.AdditionalHandlers.Add(new ResilientCallHandler(kind, circuits, cancellationSources, options, time, logger, tokens));
                builder.AdditionalHandlers.Add(new TokenHandler(tokens, options, metrics));
            }
            else
            {
                builder.AdditionalHandlers.Add(new ResilientCallHandler(kind, circuits, cancellationSources, options, time, logger));
                builder.AdditionalHandlers.Add(new B3PropagationHandler(options, metrics));
            }
        });
    }
}

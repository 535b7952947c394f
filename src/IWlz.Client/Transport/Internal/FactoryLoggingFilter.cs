using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Leaves IHttpClientFactory's two logging handlers (<see cref="LoggingScopeHttpMessageHandler"/> and
/// <see cref="LoggingHttpMessageHandler"/>) out of the SDK's own PEP and nID clients while the host logs neither
/// of their categories (<c>System.Net.Http.HttpClient.{name}.LogicalHandler</c> and <c>.ClientHandler</c>) at
/// any level. Every other client, and the SDK's clients while a host logs them, keep them as they are.
/// </summary>
/// <remarks>
/// Disabled, the handlers write nothing, yet each still costs an async frame per request and formats the
/// request's URI for its scope: together about 3-4 µs and 0.45 KB per call, most of the SDK's own time on a
/// small answer (docs/performance.md). The check runs each time the factory builds a handler (per certificate,
/// renewed after <c>IWlz:HandlerLifetime</c>), so logging switched on later takes effect with the next handler,
/// as for HttpClient's tracing (<c>HttpClientTracing</c>).
/// <para>
/// The factory applies its filters in registration order, the first outermost, and its logging filter adds the
/// handlers after the inner configuration ran. So this filter must be registered before the factory's (see
/// <c>AddIWlzClient</c>); registered after it, it would find nothing to remove and change nothing.
/// </para>
/// </remarks>
internal sealed class FactoryLoggingFilter(ILoggerFactory loggers) : IHttpMessageHandlerBuilderFilter
{
    private static readonly LogLevel[] Levels = [LogLevel.Trace, LogLevel.Debug, LogLevel.Information, LogLevel.Warning, LogLevel.Error, LogLevel.Critical];

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return builder =>
        {
            next(builder);
            if (builder.Name is not { } name || !IsSdkClient(name) || IsLogged(name))
            {
                return;
            }

            for (var i = builder.AdditionalHandlers.Count - 1; i >= 0; i--)
            {
                if (builder.AdditionalHandlers[i] is LoggingScopeHttpMessageHandler or LoggingHttpMessageHandler)
                {
                    builder.AdditionalHandlers.RemoveAt(i);
                }
            }
        };
    }

    private static bool IsSdkClient(string name) =>
        name.StartsWith(HttpClientNames.PepPrefix, StringComparison.Ordinal) || name.StartsWith(HttpClientNames.NidPrefix, StringComparison.Ordinal);

    // The categories are the factory's own (LoggingHttpMessageHandlerBuilderFilter).
    private bool IsLogged(string name) =>
        IsEnabled($"System.Net.Http.HttpClient.{name}.LogicalHandler") || IsEnabled($"System.Net.Http.HttpClient.{name}.ClientHandler");

    private bool IsEnabled(string category)
    {
        var logger = loggers.CreateLogger(category);
        return Array.Exists(Levels, logger.IsEnabled);
    }
}

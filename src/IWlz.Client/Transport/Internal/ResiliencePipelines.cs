using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using IWlz.Client.GraphQL;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The Polly v8 pipelines of the SDK's HTTP clients, one per (client kind, endpoint authority), so each
/// endpoint has its own circuit breaker. Order: total timeout, retry, circuit breaker, attempt timeout.
/// </summary>
internal sealed class ResiliencePipelines : IDisposable
{
    // Built by the builder, not a registry: the pipelines are never reloaded, and a registry's pipeline adds an
    // execution-tracking layer (an async frame per call) that only a reload needs.
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _pipelines = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<IWlzClientOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConditionalWeakTable<Uri, ResiliencePipeline<HttpResponseMessage>> _pepByUri = [];
    private readonly ConcurrentDictionary<string, ConditionalWeakTable<Uri, ResiliencePipeline<HttpResponseMessage>>> _otherByUri = new(StringComparer.Ordinal);

    public ResiliencePipelines(IOptionsMonitor<IWlzClientOptions> options, TimeProvider time, ILogger<ResiliencePipelines> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
    }

    internal ResiliencePipeline<HttpResponseMessage> For(string clientKind, HttpRequestMessage request)
    {
        // The request URI is usually the same Uri instance call after call (it comes from the options or the
        // address book), so the pipeline is remembered per instance: no key strings per request.
        var uri = request.RequestUri;
        var known = string.Equals(clientKind, "pep", StringComparison.Ordinal) ? _pepByUri : _otherByUri.GetOrAdd(clientKind, static _ => []);
        if (uri is not null && known.TryGetValue(uri, out var cached))
        {
            return cached;
        }

        var authority = uri is not null ? $"{uri.Scheme}://{uri.Authority}" : "unknown";
        var pipeline = _pipelines.GetOrAdd($"{clientKind}|{authority}", _ => Build(authority));
        if (uri is not null)
        {
            known.AddOrUpdate(uri, pipeline);
        }

        return pipeline;
    }

    public void Dispose() => _pipelines.Clear();

    /// <summary>
    /// Whether an outcome may be retried. Queries: transport errors, attempt timeouts, 429, 500, 502, 503, 504.
    /// Mutations: only failures that prove the request never left (DNS, connect, connect timeout, TLS handshake).
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, GraphQLOperationKind kind)
    {
        if (outcome.Exception is HttpRequestException http)
        {
            return kind == GraphQLOperationKind.Query || NeverLeft(http);
        }

        if (outcome.Exception is OperationCanceledException { InnerException: TimeoutException })
        {
            return true; // SocketsHttpHandler's ConnectTimeout: no connection, so nothing was sent
        }

        if (kind != GraphQLOperationKind.Query)
        {
            return false;
        }

        if (outcome.Exception is TimeoutRejectedException)
        {
            return true;
        }

        return outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests
            or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;
    }

    private static bool NeverLeft(HttpRequestException exception) => exception.HttpRequestError is
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;

    private static GraphQLOperationKind KindOf(ResilienceContext context) =>
        RequestContext.Of(context.GetRequestMessage())?.Kind ?? GraphQLOperationKind.Mutation; // unknown: be safe

    private ResiliencePipeline<HttpResponseMessage> Build(string authority)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        Configure(builder, authority);
        return builder.Build();
    }

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, string authority)
    {
        var options = _options.CurrentValue.Resilience;
        builder.TimeProvider = _time;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        var retry = new HttpRetryStrategyOptions
        {
            Name = "retry",
            MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && ShouldRetry(args.Outcome, KindOf(args.Context))),
            OnRetry = args =>
            {
                var outcome = args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int?)args.Outcome.Result?.StatusCode}";
                TransportLog.Retrying(_logger, OperationName(args.Context), authority, args.RetryDelay, args.AttemptNumber + 1, outcome);
                return default;
            },
        };
        builder.AddRetry(retry);
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "circuit",
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            OnOpened = args =>
            {
                TransportLog.CircuitOpened(_logger, authority, args.BreakDuration);
                return default;
            },
        });
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }

    private static string OperationName(ResilienceContext context) =>
        RequestContext.Of(context.GetRequestMessage())?.OperationName ?? "request";
}

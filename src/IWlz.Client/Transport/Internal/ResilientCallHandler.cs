using System.Net;
using System.Runtime.ExceptionServices;
using IWlz.Client.GraphQL;
using IWlz.Client.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The resilience of the PEP and nID clients in one handler and one async frame: total timeout → retry →
/// the endpoint's circuit breaker → attempt timeout. The rules of what may be retried are iWlz's
/// (<see cref="RetryRules"/>); every delay, timeout and clock read uses the injected <see cref="TimeProvider"/>.
/// For the PEP client (<paramref name="tokens"/> given) an attempt the PEP answers with 401 drops the token the
/// <see cref="TokenHandler"/> attached, and is sent once more within the same attempt, as a resend with a new
/// token; a second 401 is returned as it is. That check lives here, in the frame that awaits every answer
/// anyway, so the token handler needs no frame of its own.
/// </summary>
/// <remarks>
/// A first attempt that succeeds allocates nothing here beyond the async frame: the circuit is found per
/// <see cref="Uri"/> instance, the closed circuit counts in place, and the timeouts ride on a pooled
/// cancellation source that is linked to the caller's token by a registration, not a linked source.
/// </remarks>
internal sealed class ResilientCallHandler(
    string clientKind,
    CircuitBreakers circuits,
    CancellationSourcePool cancellationSources,
    IOptionsMonitor<IWlzClientOptions> options,
    TimeProvider time,
    ILogger logger,
    ITokenProvider? tokens = null) : DelegatingHandler
{
    private const string TokenRefresh = "token_refresh";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Resilience;
        var context = RequestContext.Of(request);
        var kind = context?.Kind ?? GraphQLOperationKind.Mutation; // unknown: be safe
        var circuit = circuits.For(clientKind, request.RequestUri);
        var started = time.GetTimestamp();
        var timeouts = cancellationSources.Rent();
        var link = LinkToCaller(timeouts, cancellationToken);
        try
        {
            for (var retry = 0; ; retry++)
            {
                if (!circuit.TryEnter(out var isProbe))
                {
                    throw new CircuitOpenException(circuit.Endpoint);
                }

                var remaining = settings.TotalTimeout - time.GetElapsedTime(started);
                var boundByTotal = remaining <= settings.AttemptTimeout;
                timeouts.CancelAfter(boundByTotal ? Positive(remaining) : settings.AttemptTimeout);

                HttpResponseMessage? response = null;
                Exception? failure = null;
                try
                {
                    response = await base.SendAsync(request, timeouts.Token).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.Unauthorized && tokens is not null && context is { TokenRequest: { } tokenRequest, Token: { } refused })
                    {
                        // The refusal is disposed by the resend; a resend that fails leaves no answer behind,
                        // so the failure alone decides what happens next, as for any failed attempt.
                        var refusal = response;
                        response = null;
                        response = await ResendWithNewTokenAsync(request, refusal, context, tokenRequest, refused, timeouts.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (cancellationToken.IsCancellationRequested)
                {
                    if (isProbe)
                    {
                        circuit.ReleaseProbe();
                    }

                    throw new TaskCanceledException("The call was canceled by the caller.", ex, cancellationToken);
                }
                catch (Exception ex) when (timeouts.IsCancellationRequested)
                {
                    failure = new ResilienceTimeoutException(boundByTotal, boundByTotal ? settings.TotalTimeout : settings.AttemptTimeout, ex);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }

                if (circuit.Record(RetryRules.CountsAsFailure(response, failure), isProbe))
                {
                    TransportLog.CircuitOpened(logger, circuit.Endpoint, circuit.BreakDuration);
                }

                if (retry >= settings.MaxRetryAttempts || failure is ResilienceTimeoutException { IsTotal: true } || !RetryRules.ShouldRetry(response, failure, kind))
                {
                    if (failure is not null)
                    {
                        ExceptionDispatchInfo.Throw(failure);
                    }

                    return response!;
                }

                var delay = RetryDelay.FromRetryAfter(response, time.GetUtcNow(), settings.MaxDelay)
                    ?? RetryDelay.Backoff(retry + 1, settings.BaseDelay, settings.MaxDelay, Random.Shared.NextDouble());
                TransportLog.Retrying(logger, context?.OperationName ?? "request", circuit.Endpoint, delay, retry + 1, Describe(response, failure));
                response?.Dispose();

                if (timeouts.IsCancellationRequested)
                {
                    // The attempt timeout used this source up; the next attempt gets a fresh one.
                    link.Dispose();
                    cancellationSources.Return(timeouts);
                    timeouts = cancellationSources.Rent();
                    link = LinkToCaller(timeouts, cancellationToken);
                }

                remaining = settings.TotalTimeout - time.GetElapsedTime(started);
                if (delay > TimeSpan.Zero)
                {
                    timeouts.CancelAfter(Positive(remaining));
                    try
                    {
                        await Task.Delay(delay, time, timeouts.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
                    {
                        throw new TaskCanceledException("The call was canceled by the caller.", ex, cancellationToken);
                    }
                    catch (OperationCanceledException ex)
                    {
                        throw new ResilienceTimeoutException(isTotal: true, settings.TotalTimeout, ex);
                    }
                }
            }
        }
        finally
        {
            link.Dispose();
            cancellationSources.Return(timeouts);
        }
    }

    /// <summary>
    /// Drops the refused token and sends the request once more; the token handler attaches a new one. Its own
    /// frame, so only a 401 pays for it.
    /// </summary>
    private async Task<HttpResponseMessage> ResendWithNewTokenAsync(
        HttpRequestMessage request, HttpResponseMessage refusal, RequestContext context, NidTokenRequest tokenRequest, NidAccessToken refused, CancellationToken cancellationToken)
    {
        TransportLog.RefreshingAfter401(logger, context.OperationName ?? "request");
        refusal.Dispose();
        tokens!.Invalidate(tokenRequest, refused);
        context.ResendReason = TokenRefresh;
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static CancellationTokenRegistration LinkToCaller(CancellationTokenSource timeouts, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), timeouts)
            : default;

    // CancelAfter(0) cancels at once, which is what a used-up total timeout must do.
    private static TimeSpan Positive(TimeSpan remaining) => remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;

    // Exception type names and status codes are code, not data: safe to log.
    private static string Describe(HttpResponseMessage? response, Exception? failure) => failure switch
    {
        ResilienceTimeoutException => "AttemptTimeout",
        not null => failure.GetType().Name,
        _ => $"HTTP {(int)response!.StatusCode}",
    };
}

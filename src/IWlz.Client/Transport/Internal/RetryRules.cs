using System.Net;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Which outcomes of an attempt are retried and which count against an endpoint's circuit. The rules are the
/// iWlz ones: a query may be sent again whenever it failed; a mutation only when it provably never left.
/// </summary>
internal static class RetryRules
{
    /// <summary>
    /// Whether an outcome may be retried. Queries: transport errors, attempt timeouts, 429, 500, 502, 503, 504.
    /// Mutations: only failures that prove the request never left (DNS, connect, connect timeout, TLS handshake).
    /// </summary>
    /// <param name="response">The answer, when the attempt got one.</param>
    /// <param name="exception">The failure, when it did not (an attempt timeout is a <see cref="ResilienceTimeoutException"/>).</param>
    /// <param name="kind">The operation kind; callers pass <see cref="GraphQLOperationKind.Mutation"/> when it is unknown.</param>
    internal static bool ShouldRetry(HttpResponseMessage? response, Exception? exception, GraphQLOperationKind kind)
    {
        if (exception is HttpRequestException http)
        {
            return kind == GraphQLOperationKind.Query || NeverLeft(http);
        }

        if (IsConnectTimeout(exception))
        {
            return true; // SocketsHttpHandler's ConnectTimeout: no connection, so nothing was sent
        }

        if (kind != GraphQLOperationKind.Query)
        {
            return false;
        }

        if (exception is ResilienceTimeoutException)
        {
            return true;
        }

        return exception is null && response?.StatusCode is HttpStatusCode.TooManyRequests
            or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;
    }

    /// <summary>
    /// Whether an outcome counts as a failure of the endpoint for its circuit: transport errors, timeouts, 408,
    /// 429 and every 5xx (what the HTTP circuit breaker of Microsoft.Extensions.Http.Resilience counted). Any other
    /// answer, also a 4xx, shows the endpoint is up.
    /// </summary>
    internal static bool CountsAsFailure(HttpResponseMessage? response, Exception? exception)
    {
        if (exception is not null)
        {
            return exception is HttpRequestException or ResilienceTimeoutException || IsConnectTimeout(exception);
        }

        var status = (int?)response?.StatusCode ?? 0;
        return status >= 500 || status is 408 or 429;
    }

    /// <summary>SocketsHttpHandler reports its ConnectTimeout as a cancellation caused by a <see cref="TimeoutException"/>.</summary>
    internal static bool IsConnectTimeout(Exception? exception) => exception is OperationCanceledException { InnerException: TimeoutException };

    private static bool NeverLeft(HttpRequestException exception) => exception.HttpRequestError is
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;
}

using System.Net.Http;
using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Errors.Internal;

/// <summary>Turns exceptions from the HTTP stack into <see cref="IWlzException"/>s that say what to check.</summary>
internal static class TransportFailure
{
    internal static IWlzException? TryMap(Exception exception, IWlzErrorSource source, Uri endpoint)
    {
        var where = $"{endpoint.Scheme}://{endpoint.Authority}";
        return exception switch
        {
            IWlzException known => known,
            ResilienceTimeoutException => new IWlzException(IWlzErrorKind.Timeout, source, $"The call to {where} timed out (IWlz:Resilience:AttemptTimeout / TotalTimeout).", exception),
            CircuitOpenException => new IWlzException(IWlzErrorKind.CircuitOpen, source, $"Calls to {where} failed too often recently; its circuit is open and the call was not sent. Retry later.", exception),
            OperationCanceledException { InnerException: TimeoutException } => new IWlzException(IWlzErrorKind.Timeout, source, $"No connection to {where} could be set up within IWlz:Resilience:ConnectTimeout.", exception),
            HttpRequestException http => new IWlzException(IWlzErrorKind.Transport, source, Describe(http, where), exception),
            _ => null,
        };
    }

    private static string Describe(HttpRequestException exception, string where) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => $"The host of {where} could not be resolved (DNS). Check the endpoint URL and the network.",
        HttpRequestError.ConnectionError => $"No connection could be made to {where}. Check the endpoint URL, the firewall and that the service is up.",
        HttpRequestError.SecureConnectionError => $"The TLS handshake with {where} failed: the server certificate is not trusted (IWlz:ServerTrust), TLS 1.2/1.3 is not offered, or the server refused the client certificate.",
        _ => $"The connection to {where} failed or broke off while the call was in progress ({exception.HttpRequestError}).",
    };
}

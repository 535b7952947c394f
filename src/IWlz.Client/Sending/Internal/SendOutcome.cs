using System.Globalization;
using System.Net.Sockets;

namespace IWlz.Client.Sending.Internal;

/// <summary>Turns what the transport threw into a <see cref="SendResult"/>: PDP refusals typed, retryable failures marked.</summary>
internal static class SendOutcome
{
    public static SendResult FromException(IWlzException error)
    {
        var server = error.ServerMessage ?? string.Empty;
        if (server.Contains("instantie_type claim not found", StringComparison.OrdinalIgnoreCase))
        {
            return SendResult.Failed(SendFailureReason.InstantieTypeClaimNotFound, "The PDP refused: instantie_type claim not found.");
        }

        if (server.Contains("afzender_type is not valid", StringComparison.OrdinalIgnoreCase))
        {
            return SendResult.Failed(SendFailureReason.AfzenderTypeNotValid, "The PDP refused: afzender_type is not valid.");
        }

        if (server.Contains("event_type is not valid", StringComparison.OrdinalIgnoreCase))
        {
            return SendResult.Failed(SendFailureReason.EventTypeNotValid, "The PDP refused: event_type is not valid.");
        }

        if (server.Contains("ontvanger is not valid", StringComparison.OrdinalIgnoreCase))
        {
            return SendResult.Failed(SendFailureReason.OntvangerNotValid, "The PDP refused: ontvanger is not valid.");
        }

        var status = error.StatusCode;
        var summary = string.Create(CultureInfo.InvariantCulture, $"{error.Kind}{(status is null ? string.Empty : $" (HTTP {status})")}");
        return status switch
        {
            429 => SendResult.Failed(SendFailureReason.RateLimited, summary, error.RetryAfter),
            500 or 502 or 503 or 504 => SendResult.Failed(SendFailureReason.ServerError, summary, error.RetryAfter),
            null when error.Kind is IWlzErrorKind.Transport or IWlzErrorKind.Timeout or IWlzErrorKind.CircuitOpen
                => SendResult.Failed(SendFailureReason.Transport, summary),
            _ => SendResult.Failed(SendFailureReason.Rejected, summary),
        };
    }

    public static SendResult FromTransport(Exception error) => error switch
    {
        HttpRequestException or SocketException or IOException => SendResult.Failed(SendFailureReason.Transport, error.GetType().Name),
        _ => SendResult.Failed(SendFailureReason.Rejected, error.GetType().Name),
    };
}

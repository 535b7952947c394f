using System.Diagnostics;
using System.Diagnostics.Metrics;
using IWlz.Client.AspNetCore.Diagnostics;
using IWlz.Client.Notifications;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// The netwerkpunt's instruments on the <c>IWlz.Client.AspNetCore</c> meter. Request counts and durations per
/// route are ASP.NET Core's own (<c>http.server.request.duration</c>); this adds what only the netwerkpunt
/// knows: which messages came in and what became of them. Tags are low-cardinality; an event type the SDK's
/// catalogue does not know is counted as <c>other</c>, since it came from the network.
/// </summary>
internal sealed class NetwerkpuntMetrics : IDisposable
{
    internal const string Accepted = "accepted";
    internal const string Duplicate = "duplicate";
    internal const string Refused = "refused";
    internal const string Error = "error";

    private const string Melding = "IWLZFOUTMELDING";
    private const string Other = "other";
    private readonly Meter _meter;
    private readonly Counter<long> _received;

    public NetwerkpuntMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(new MeterOptions(IWlzAspNetCoreDiagnostics.MeterName));
        _received = _meter.CreateCounter<long>(
            "iwlz.netwerkpunt.messages.received",
            "{message}",
            "Requests to the netwerkpunt by outcome: accepted (stored and acknowledged), duplicate, refused (4xx) or error (503, not acknowledged).");
    }

    /// <summary>Records one request's outcome.</summary>
    /// <param name="kind"><c>notificatie</c>, <c>melding</c>, or <see langword="null"/> when the request was refused before that was known.</param>
    /// <param name="eventType">The event type as received, or <see langword="null"/>.</param>
    /// <param name="status"><see cref="Accepted"/>, <see cref="Duplicate"/>, <see cref="Refused"/> or <see cref="Error"/>.</param>
    /// <param name="errorType">The netwerkpunt's own error code, or <see langword="null"/>.</param>
    internal void Received(string? kind, string? eventType, string status, string? errorType)
    {
        var tags = new TagList
        {
            { "iwlz.message.kind", kind ?? "unknown" },
            { "iwlz.event_type", EventTypeTag(eventType) },
            { "iwlz.status", status },
        };
        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        _received.Add(1, tags);
    }

    public void Dispose() => _meter.Dispose();

    private static string EventTypeTag(string? eventType)
    {
        if (string.IsNullOrEmpty(eventType))
        {
            return Other;
        }

        if (string.Equals(eventType, Melding, StringComparison.Ordinal))
        {
            return Melding;
        }

        return NotificationCatalogue.FindByEventType(eventType) is { Count: > 0 } rows ? rows[0].EventType : Other;
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using IWlz.Client.Certificates;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// The SDK's instruments on the <c>IWlz.Client</c> meter (created through <see cref="IMeterFactory"/>, so each
/// service provider has its own). HTTP-level figures (request duration, connections) are left to .NET's
/// built-in <c>System.Net.Http</c> metrics; these add what only the SDK knows: operations, tokens, resends,
/// notifications, the outbox and the certificate. Every tag is low-cardinality; see docs/observability.md.
/// </summary>
internal sealed class SdkMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _operations;
    private readonly Histogram<double> _operationDuration;
    private readonly Counter<long> _resends;
    private readonly Counter<long> _tokenRequests;
    private readonly Histogram<double> _tokenDuration;
    private readonly Counter<long> _tokenCacheLookups;
    private readonly Counter<long> _inboxHandled;
    private readonly Counter<long> _inboxFailed;
    private readonly Counter<long> _inboxDeadLettered;
    private readonly Counter<long> _outboxSent;
    private readonly Counter<long> _outboxRetried;
    private readonly Counter<long> _outboxDeadLettered;

    public SdkMetrics(IMeterFactory meterFactory, TimeProvider time, ICertificateProvider? certificates = null)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(new MeterOptions(IWlzDiagnostics.MeterName));
        _operations = _meter.CreateCounter<long>("iwlz.client.operations", "{operation}", "GraphQL operations the SDK completed, by outcome.");
        _operationDuration = _meter.CreateHistogram<double>(
            "iwlz.client.operation.duration",
            "s",
            "Duration of a GraphQL operation from the caller's view: token, retries and reading the answer included.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _resends = _meter.CreateCounter<long>("iwlz.client.requests.resent", "{request}", "Requests sent again: retries and resends after a refused token.");
        _tokenRequests = _meter.CreateCounter<long>("iwlz.client.token.requests", "{request}", "Token requests sent to nID, by outcome.");
        _tokenDuration = _meter.CreateHistogram<double>(
            "iwlz.client.token.request.duration",
            "s",
            "Duration of a token request to nID.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _tokenCacheLookups = _meter.CreateCounter<long>("iwlz.client.token.cache.lookups", "{lookup}", "Token lookups: served from the cache (hit), fetched (miss), or joined a fetch in flight (shared).");
        _inboxHandled = _meter.CreateCounter<long>("iwlz.inbox.messages.handled", "{message}", "Received notifications and meldingen the host's handler completed.");
        _inboxFailed = _meter.CreateCounter<long>("iwlz.inbox.messages.failed", "{attempt}", "Handler attempts on received messages that failed and will be retried.");
        _inboxDeadLettered = _meter.CreateCounter<long>("iwlz.inbox.messages.dead_lettered", "{message}", "Received messages set aside after their last failed attempt.");
        _outboxSent = _meter.CreateCounter<long>("iwlz.outbox.messages.sent", "{message}", "Notifications and meldingen the outbox delivered.");
        _outboxRetried = _meter.CreateCounter<long>("iwlz.outbox.messages.retried", "{attempt}", "Outbox delivery attempts that failed and will be retried.");
        _outboxDeadLettered = _meter.CreateCounter<long>("iwlz.outbox.messages.dead_lettered", "{message}", "Outbox messages set aside after their last failed attempt.");
        if (certificates is not null)
        {
            // Only where the client is registered: a host with just the netwerkpunt has no client certificate.
            _meter.CreateObservableGauge(
                "iwlz.client.certificate.time_to_expiry",
                () => ObserveCertificate(certificates, time),
                "d",
                "Days until the client certificate in use expires (negative once expired).");
        }
    }

    /// <summary>Bucket bounds for durations: the PEP answers in tens of milliseconds, timeouts take up to a minute.</summary>
    private static readonly double[] DurationBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    /// <summary>Records a completed operation.</summary>
    internal void OperationCompleted(OperationTags operation, string status, string? errorType, TimeSpan elapsed)
    {
        var tags = operation.ToTagList();
        tags.Add(TagNames.Status, status);
        if (errorType is not null)
        {
            tags.Add(TagNames.ErrorType, errorType);
        }

        _operations.Add(1, tags);
        _operationDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records a request sent again (<c>retry</c> or <c>token_refresh</c>).</summary>
    internal void Resent(OperationTags? operation, string reason)
    {
        var tags = operation?.ToTagList() ?? default;
        tags.Add(TagNames.ResendReason, reason);
        _resends.Add(1, tags);
    }

    /// <summary>Records a finished token request to nID.</summary>
    internal void TokenRequested(string serverAddress, string status, string? errorType, TimeSpan elapsed)
    {
        var tags = new TagList { { TagNames.ServerAddress, serverAddress }, { TagNames.Status, status } };
        if (errorType is not null)
        {
            tags.Add(TagNames.ErrorType, errorType);
        }

        _tokenRequests.Add(1, tags);
        _tokenDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records a token lookup: <c>hit</c>, <c>miss</c> or <c>shared</c>.</summary>
    internal void TokenLookup(string result) => _tokenCacheLookups.Add(1, new KeyValuePair<string, object?>(TagNames.TokenCacheResult, result));

    /// <summary>Records that the host's handler completed a received message.</summary>
    internal void InboxHandled(string kind, string eventType) => _inboxHandled.Add(1, MessageTags(kind, eventType, null));

    /// <summary>Records a failed handler attempt that will be retried.</summary>
    internal void InboxFailed(string kind, string eventType, string errorType) => _inboxFailed.Add(1, MessageTags(kind, eventType, errorType));

    /// <summary>Records a received message set aside after its last attempt.</summary>
    internal void InboxDeadLettered(string kind, string eventType) => _inboxDeadLettered.Add(1, MessageTags(kind, eventType, null));

    /// <summary>Records an outbox message delivered.</summary>
    internal void OutboxSent(string kind, string eventType) => _outboxSent.Add(1, MessageTags(kind, eventType, null));

    /// <summary>Records a failed outbox attempt that will be retried.</summary>
    internal void OutboxRetried(string kind, string eventType, string errorType) => _outboxRetried.Add(1, MessageTags(kind, eventType, errorType));

    /// <summary>Records an outbox message set aside after its last attempt.</summary>
    internal void OutboxDeadLettered(string kind, string eventType) => _outboxDeadLettered.Add(1, MessageTags(kind, eventType, null));

    public void Dispose() => _meter.Dispose();

    private static TagList MessageTags(string kind, string eventType, string? errorType)
    {
        var tags = new TagList
        {
            { TagNames.MessageKind, kind },
            { TagNames.EventType, EventTypeTag.For(eventType) },
        };
        if (errorType is not null)
        {
            tags.Add(TagNames.ErrorType, SafeTag.NameOrOther(errorType));
        }

        return tags;
    }

    private static IEnumerable<Measurement<double>> ObserveCertificate(ICertificateProvider certificates, TimeProvider time)
    {
        ClientCertificate certificate;
        try
        {
            // Only a certificate the provider has at hand: a gauge callback must not wait for I/O.
            var pending = certificates.GetCertificateAsync(CancellationToken.None);
            if (!pending.IsCompletedSuccessfully)
            {
                _ = pending.AsTask().ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return [];
            }

            certificate = pending.Result;
        }
#pragma warning disable CA1031 // A gauge must not throw into the metrics pipeline; no certificate means no measurement.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }

        var notAfter = new DateTimeOffset(certificate.Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var days = (notAfter - time.GetUtcNow()).TotalDays;
        return [new Measurement<double>(Math.Round(days, 2), new KeyValuePair<string, object?>(TagNames.Environment, certificate.Environment.ToString()))];
    }
}

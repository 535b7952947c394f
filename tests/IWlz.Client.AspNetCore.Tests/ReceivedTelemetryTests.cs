using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using IWlz.Client.AspNetCore.Diagnostics;
using IWlz.Client.AspNetCore.Tests.Infrastructure;
using IWlz.Client.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.AspNetCore.Tests;

/// <summary>The netwerkpunt's span, metrics and NEN 7513 records for each request, on real Kestrel with TLS.</summary>
public sealed class ReceivedTelemetryTests
{
    private const string SenderSpanId = "00f067aa0ba902b7";

    [Fact]
    public async Task A_stored_notification_continues_the_senders_trace_is_counted_and_recorded()
    {
        var sink = new Sink();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var spans = new SpanCapture(traceId);
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, inbox: b => AddAudit(b.Services, sink, AuditFailureMode.FailClosed));
        using var metrics = new Metrics(server.Services.GetRequiredService<IMeterFactory>());
        using var client = server.CreateClient(SharedCertificates.Pep);
        const string RecordId = "Bemiddelingspecificatie/5a4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c";

        var (status, body, response) = await Requests.PostAsync(client, Requests.Notificatie(Requests.NotificatieInput(recordId: RecordId)), r =>
        {
            r.Headers.Add("X-B3-TraceId", traceId);
            r.Headers.Add("X-B3-SpanId", SenderSpanId);
        });

        Assert.Equal(200, status);
        Assert.Equal(traceId, response.Headers.GetValues("X-B3-TraceId").Single());

        var span = Assert.Single(spans.Stopped);
        Assert.Equal("mutation zendNotificatie", span.DisplayName);
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal(SenderSpanId, span.ParentSpanId.ToHexString());
        Assert.Equal("accepted", span.GetTagItem("iwlz.status"));

        var received = Assert.Single(metrics.Received);
        Assert.Equal("notificatie", received["iwlz.message.kind"]);
        Assert.Equal("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", received["iwlz.event_type"]);
        Assert.Equal("accepted", received["iwlz.status"]);

        var id = body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString();
        var record = Assert.Single(sink.Records);
        Assert.Equal(IWlzAuditEventCodes.NotificatieReceived, record.Event.Code);
        Assert.Equal(AuditAction.Read, record.Event.Action);
        Assert.Equal(AuditResult.Success, record.Event.Result);
        Assert.Equal("UZOVI:5000", record.Users[0].UserId);
        Assert.Equal(["notificatieID", "recordID"], record.Objects.Select(o => o.IdentifierType));
        Assert.Equal([id, RecordId], record.Objects.Select(o => o.Identifier));
        Assert.All(record.Objects, o => Assert.Equal("zendNotificatie", o.Query));
        Assert.Equal("/netwerkpunt", record.LogData.Location);
        Assert.Null(record.TraceId);
        Assert.DoesNotContain(RecordId, server.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_client_certificate_is_counted_and_recorded_as_refused()
    {
        var sink = new Sink();
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, inbox: b => AddAudit(b.Services, sink, AuditFailureMode.FailClosed));
        using var metrics = new Metrics(server.Services.GetRequiredService<IMeterFactory>());
        using var client = server.CreateClient(clientCertificate: null);

        var (status, _, _) = await Requests.PostAsync(client, Requests.Notificatie());

        Assert.Equal(403, status);
        var received = Assert.Single(metrics.Received);
        Assert.Equal("refused", received["iwlz.status"]);
        Assert.Equal("FORBIDDEN", received["error.type"]);
        Assert.Equal("unknown", received["iwlz.message.kind"]);
        var record = Assert.Single(sink.Records);
        Assert.Equal(AuditResult.Refused, record.Event.Result);
        Assert.Equal("iwlz.netwerkpunt", record.Objects.Single().IdentifierType);
    }

    [Fact]
    public async Task An_invalid_message_is_recorded_as_an_error_and_an_unknown_event_type_is_counted_as_other()
    {
        var sink = new Sink();
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, inbox: b => AddAudit(b.Services, sink, AuditFailureMode.FailClosed));
        using var metrics = new Metrics(server.Services.GetRequiredService<IMeterFactory>());
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (accepted, _, _) = await Requests.PostAsync(client, Requests.Notificatie(Requests.NotificatieInput(eventType: "SOMETHING_999993653")));
        var (invalid, _, _) = await Requests.PostAsync(client, "{\"query\":\"mutation {\"}");

        Assert.Equal(200, accepted);
        Assert.Equal(400, invalid);
        Assert.Equal(["other", "other"], metrics.Received.Select(m => m["iwlz.event_type"]));
        Assert.Equal(AuditResult.Error, sink.Records.Last().Event.Result);
    }

    [Fact]
    public async Task Fail_closed_answers_503_when_the_record_of_a_stored_message_cannot_be_written()
    {
        var sink = new Sink { Fail = true };
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, inbox: b => AddAudit(b.Services, sink, AuditFailureMode.FailClosed));
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (status, _, response) = await Requests.PostAsync(client, Requests.Notificatie());

        Assert.Equal(503, status);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == 5009 && e.Level == LogLevel.Error);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == 9002 && e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Fail_open_acknowledges_the_message_and_logs_the_sink_failure()
    {
        var sink = new Sink { Fail = true };
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, inbox: b => AddAudit(b.Services, sink, AuditFailureMode.FailOpen));
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (status, _, _) = await Requests.PostAsync(client, Requests.Notificatie());

        Assert.Equal(200, status);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == 9002 && e.Level == LogLevel.Error);
        Assert.DoesNotContain(server.Logs.Entries, e => e.EventId.Id == 5009);
    }

    private static void AddAudit(IServiceCollection services, Sink sink, AuditFailureMode mode)
    {
        services.AddIWlzAuditing(o => o.FailureMode = mode);
        services.AddSingleton<IIWlzAuditSink>(sink);
    }

    private sealed class Sink : IIWlzAuditSink
    {
        public ConcurrentQueue<AuditRecord> Records { get; } = new();

        public bool Fail { get; init; }

        public ValueTask WriteAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new IOException("The audit store is unavailable.");
            }

            Records.Enqueue(record);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The netwerkpunt spans of one trace (tests in this project run in parallel).</summary>
    private sealed class SpanCapture : IDisposable
    {
        private readonly ActivityListener _listener;

        public SpanCapture(string traceId)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == IWlzAspNetCoreDiagnostics.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (a.TraceId.ToHexString() == traceId)
                    {
                        Stopped.Enqueue(a);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public ConcurrentQueue<Activity> Stopped { get; } = new();

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>The netwerkpunt meter's measurements of one host.</summary>
    private sealed class Metrics : IDisposable
    {
        private readonly MeterListener _listener = new();

        public Metrics(IMeterFactory scope)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, scope) && instrument.Meter.Name == IWlzAspNetCoreDiagnostics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            {
                if (instrument.Name == "iwlz.netwerkpunt.messages.received")
                {
                    var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var tag in tags)
                    {
                        copy[tag.Key] = tag.Value?.ToString();
                    }

                    Received.Enqueue(copy);
                }
            });
            _listener.Start();
        }

        public ConcurrentQueue<Dictionary<string, string?>> Received { get; } = new();

        public void Dispose() => _listener.Dispose();
    }
}

using System.Diagnostics.Metrics;
using IWlz.Client.Inbox;
using IWlz.Client.Outbox.Internal;
using IWlz.Client.Tests.Inbox;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// The message counters of the issue: notifications handled, failed and dead-lettered by the inbox dispatcher,
/// and outbox messages sent, retried and dead-lettered through the hooks the outbox calls.
/// </summary>
public sealed class MessageMetricsTests
{
    private const string EventType = "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER";

    [Fact]
    public async Task The_inbox_counts_handled_failed_and_dead_lettered_messages()
    {
        // Three failures, two attempts per message: the first message fails twice (a retry, then dead-lettered),
        // the second fails once and then succeeds.
        var handler = new InboxDispatcherTests.FlakyHandler(failures: 3);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<INotificatieMessageHandler>(handler);
        builder.Services.AddIWlzInbox(o =>
        {
            o.MaxAttempts = 2;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            o.PollInterval = TimeSpan.FromMilliseconds(20);
        }).UseInMemory();
        using var host = builder.Build();
        using var metrics = new MetricCapture(host.Services.GetRequiredService<IMeterFactory>());
        await host.StartAsync();
        var inbox = host.Services.GetRequiredService<INotificationInbox>();

        var first = TestMessages.Notificatie(eventType: EventType);
        await inbox.AcceptAsync(first, default);
        await InboxDispatcherTests.Eventually(async () => (await inbox.GetAsync(first.Id, default))!.Status == InboxEntryStatus.DeadLettered);
        var second = TestMessages.Notificatie(eventType: EventType);
        await inbox.AcceptAsync(second, default);
        await InboxDispatcherTests.Eventually(async () => (await inbox.GetAsync(second.Id, default))!.Status == InboxEntryStatus.Completed);
        await host.StopAsync();

        var failed = metrics.Of("iwlz.inbox.messages.failed");
        Assert.Equal(2, failed.Count);
        Assert.All(failed, m => Assert.Equal("InvalidOperationException", m.Tag("error.type")));
        var dead = Assert.Single(metrics.Of("iwlz.inbox.messages.dead_lettered"));
        var handled = Assert.Single(metrics.Of("iwlz.inbox.messages.handled"));
        Assert.All(failed.Append(dead).Append(handled), m =>
        {
            Assert.Equal("notificatie", m.Tag("iwlz.message.kind"));
            Assert.Equal(EventType, m.Tag("iwlz.event_type"));
        });
    }

    [Fact]
    public void The_outbox_hooks_count_and_log_with_safe_tags()
    {
        using var sdk = SdkHarness.Create(new Uri("https://127.0.0.1:1/pep"), new Uri("https://127.0.0.1:1/token"));
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());
        var outbox = sdk.Provider.GetRequiredService<OutboxTelemetry>();
        var id = Guid.NewGuid();

        outbox.Sent("melding", "IWLZFOUTMELDING", id, 1);
        outbox.Retrying("notificatie", EventType, id, 2, "Transport", DateTimeOffset.UtcNow.AddSeconds(30));
        outbox.DeadLettered("notificatie", $"event for {TestOperations.CanaryBsn}", id, 5, $"client {TestOperations.CanaryBsn}");

        var sent = Assert.Single(metrics.Of("iwlz.outbox.messages.sent"));
        Assert.Equal(("melding", "IWLZFOUTMELDING"), (sent.Tag("iwlz.message.kind"), sent.Tag("iwlz.event_type")));
        var retried = Assert.Single(metrics.Of("iwlz.outbox.messages.retried"));
        Assert.Equal((EventType, "Transport"), (retried.Tag("iwlz.event_type"), retried.Tag("error.type")));
        var dead = Assert.Single(metrics.Of("iwlz.outbox.messages.dead_lettered"));
        Assert.Equal("other", dead.Tag("iwlz.event_type")); // not a catalogue event type: never a tag value

        var lines = sdk.Logs.Records.Where(r => r.Category == typeof(OutboxTelemetry).FullName).ToList();
        Assert.Equal([(6001, LogLevel.Information), (6002, LogLevel.Warning), (6003, LogLevel.Error)], lines.Select(r => (r.EventId.Id, r.Level)));
        Assert.All(lines, r => Assert.Contains(id.ToString(), r.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(TestOperations.CanaryBsn, sdk.AllLogText(), StringComparison.Ordinal);
        Assert.DoesNotContain(metrics.Measurements, m => m.Tags.Values.Any(v => v?.ToString()?.Contains(TestOperations.CanaryBsn, StringComparison.Ordinal) == true));
    }
}

using System.Collections.Concurrent;
using IWlz.Client.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Inbox;

public sealed class InboxDispatcherTests
{
    [Fact]
    public async Task A_failing_handler_is_retried_with_backoff_until_it_succeeds()
    {
        var handler = new FlakyHandler(failures: 2);
        using var host = await StartAsync(b => b.Services.AddSingleton<INotificatieMessageHandler>(handler), handler);
        var inbox = host.Services.GetRequiredService<INotificationInbox>();
        var message = TestMessages.Notificatie();
        await inbox.AcceptAsync(message, default);

        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.Completed);
        Assert.Equal(3, handler.Calls.Count(id => id == message.Id));
        var entry = await inbox.GetAsync(message.Id, default);
        Assert.Equal(3, entry!.Attempts);

        // Backoff: the attempts are spread out, not immediate.
        var times = handler.CallTimes.ToArray();
        Assert.True(times[2] - times[0] >= TimeSpan.FromMilliseconds(50), $"attempts were {times[2] - times[0]} apart");
    }

    [Fact]
    public async Task After_the_last_attempt_the_message_is_dead_lettered_and_can_be_replayed()
    {
        var handler = new FlakyHandler(failures: 3);
        using var host = await StartAsync(b => b.Services.AddSingleton<INotificatieMessageHandler>(handler), handler, maxAttempts: 3);
        var inbox = host.Services.GetRequiredService<INotificationInbox>();
        var message = TestMessages.Notificatie();
        await inbox.AcceptAsync(message, default);

        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.DeadLettered);
        var dead = Assert.Single(await inbox.ListAsync(InboxEntryStatus.DeadLettered, 10, default));
        Assert.Equal(3, dead.Attempts);
        Assert.StartsWith("System.InvalidOperationException: failure", dead.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", dead.LastError!, StringComparison.Ordinal);

        Assert.True(await inbox.ReplayAsync(message.Id, default));
        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.Completed);
        Assert.Equal(4, handler.Calls.Count(id => id == message.Id));
    }

    [Fact]
    public async Task Without_any_handler_the_message_is_dead_lettered_not_dropped()
    {
        using var host = await StartAsync(_ => { }, new FlakyHandler(0));
        var inbox = host.Services.GetRequiredService<INotificationInbox>();
        var message = TestMessages.Notificatie();
        await inbox.AcceptAsync(message, default);
        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.DeadLettered);
        Assert.Contains("No handler", (await inbox.GetAsync(message.Id, default))!.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catch_all_gets_what_no_other_handler_takes()
    {
        var handler = new FlakyHandler(0);
        using var host = await StartAsync(b => b.AddMeldingHandler<NoopMeldingHandler>().AddUnhandledMessageHandler<CatchAll>(), handler);
        var inbox = host.Services.GetRequiredService<INotificationInbox>();
        var message = TestMessages.Notificatie(eventType: "EEN_ONBEKEND_EVENT");
        await inbox.AcceptAsync(message, default);
        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.Completed);
        Assert.Equal([message.Id], handler.Calls);
    }

    [Fact]
    public async Task A_store_that_only_signals_new_messages_is_read_at_once_not_at_the_next_poll()
    {
        var handler = new FlakyHandler(0);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<INotificatieMessageHandler>(handler);
        builder.Services.AddIWlzInbox(o => o.PollInterval = TimeSpan.FromMinutes(5)).UseInMemory();
        using var host = builder.Build();
        await host.StartAsync();
        var inbox = host.Services.GetRequiredService<INotificationInbox>();

        // Let the dispatcher do its first read and go to sleep for the (long) poll interval.
        await Task.Delay(200);
        var message = TestMessages.Notificatie();
        await inbox.AcceptAsync(message, default);

        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.Completed);
        await host.StopAsync();
    }

    [Fact]
    public async Task Invalid_dispatcher_options_fail_the_host_start_with_the_setting_named()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddIWlzInbox(o =>
        {
            o.MaxAttempts = 0;
            o.HandlerTimeout = TimeSpan.FromMinutes(10);
            o.LeaseDuration = TimeSpan.FromMinutes(5);
        }).UseInMemory();
        using var host = builder.Build();
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("InboxDispatcherOptions.MaxAttempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("HandlerTimeout", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IHost> StartAsync(Action<NotificationInboxBuilder> configure, FlakyHandler handler, int maxAttempts = 8)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(handler);
        var inbox = builder.Services.AddIWlzInbox(o =>
        {
            o.MaxAttempts = maxAttempts;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(40);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
            o.PollInterval = TimeSpan.FromMilliseconds(20);
        }).UseInMemory();
        configure(inbox);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    internal static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met within 15 seconds.");
            await Task.Delay(20);
        }
    }

    public sealed class FlakyHandler(int failures) : INotificatieMessageHandler
    {
        private int _remaining = failures;

        public ConcurrentQueue<Guid> Calls { get; } = new();

        public ConcurrentQueue<DateTime> CallTimes { get; } = new();

        public Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken)
        {
            Calls.Enqueue(notificatie.Id);
            CallTimes.Enqueue(DateTime.UtcNow);

            // The BSN-like number must be masked in the stored error.
            return Interlocked.Decrement(ref _remaining) >= 0
                ? throw new InvalidOperationException("failure for client 123456782")
                : Task.CompletedTask;
        }
    }

    public sealed class CatchAll(FlakyHandler recorder) : IUnhandledMessageHandler
    {
        public Task HandleAsync(InboundMessage message, CancellationToken cancellationToken) => recorder.HandleAsync(message, cancellationToken);
    }

    public sealed class NoopMeldingHandler : IMeldingHandler
    {
        public Task HandleAsync(ReceivedMelding melding, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

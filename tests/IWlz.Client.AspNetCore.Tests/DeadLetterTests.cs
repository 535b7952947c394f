using IWlz.Client.AspNetCore.Tests.Infrastructure;
using IWlz.Client.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.AspNetCore.Tests;

public sealed class DeadLetterTests
{
    [Fact]
    public async Task A_notification_whose_handler_keeps_failing_is_parked_visible_and_replayable()
    {
        var handler = new SwitchableHandler();
        await using var server = await NetwerkpuntTestServer.StartAsync(
            SharedCertificates.Ca,
            inbox: b =>
            {
                b.Services.AddSingleton<INotificatieMessageHandler>(handler);
                b.ConfigureDispatcher(o => o.MaxAttempts = 3);
            },
            registerRecorder: false);
        using var client = server.CreateClient(SharedCertificates.Pep);

        var request = Requests.Notificatie();
        var (status, body, _) = await Requests.PostAsync(client, request);
        Assert.Equal(200, status);
        var id = Guid.Parse(body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);

        await Recorder.Eventually(() => server.Inbox.GetAsync(id, default).Result?.Status == InboxEntryStatus.DeadLettered);
        var parked = Assert.Single(await server.Inbox.ListAsync(InboxEntryStatus.DeadLettered, 10, default));
        Assert.Equal(id, parked.Message.Id);
        Assert.Equal(3, parked.Attempts);
        Assert.Equal(3, handler.Attempts);
        Assert.Contains("TimeoutException", parked.LastError, StringComparison.Ordinal);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == 5103 && e.Text.Contains(id.ToString(), StringComparison.Ordinal));

        // A repeat of a parked message is still answered with its ID and not handled again.
        var (_, repeat, _) = await Requests.PostAsync(client, request);
        Assert.Equal(id.ToString(), repeat!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString());
        await Task.Delay(200);
        Assert.Equal(3, handler.Attempts);

        handler.Fail = false;
        Assert.True(await server.Inbox.ReplayAsync(id, default));
        await Recorder.Eventually(() => server.Inbox.GetAsync(id, default).Result?.Status == InboxEntryStatus.Completed);
        Assert.Equal(4, handler.Attempts);
        Assert.Equal(new InboxStatistics(0, 1, 0), await server.Inbox.GetStatisticsAsync(default));
    }

    private sealed class SwitchableHandler : INotificatieMessageHandler
    {
        private int _attempts;

        public volatile bool Fail = true;

        public int Attempts => Volatile.Read(ref _attempts);

        public Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            return Fail ? throw new TimeoutException("the EPD did not answer") : Task.CompletedTask;
        }
    }
}

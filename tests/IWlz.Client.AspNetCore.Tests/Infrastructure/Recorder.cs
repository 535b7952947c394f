using System.Collections.Concurrent;
using IWlz.Client.Inbox;

namespace IWlz.Client.AspNetCore.Tests.Infrastructure;

/// <summary>Handlers that record what they receive.</summary>
internal sealed class Recorder : INotificatieMessageHandler, IMeldingHandler, IUnhandledMessageHandler
{
    public ConcurrentQueue<InboundMessage> Notificaties { get; } = new();

    public ConcurrentQueue<ReceivedMelding> Meldingen { get; } = new();

    public ConcurrentQueue<InboundMessage> Unhandled { get; } = new();

    public Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken)
    {
        Notificaties.Enqueue(notificatie);
        return Task.CompletedTask;
    }

    public Task HandleAsync(ReceivedMelding melding, CancellationToken cancellationToken)
    {
        Meldingen.Enqueue(melding);
        return Task.CompletedTask;
    }

    Task IUnhandledMessageHandler.HandleAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        Unhandled.Enqueue(message);
        return Task.CompletedTask;
    }

    public static async Task Eventually(Func<bool> condition, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition was not met within {seconds} seconds.");
            await Task.Delay(20);
        }
    }
}

using System.Net;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;
using IWlz.Client.Outbox;
using IWlz.Client.Sending;
using IWlz.Client.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Outbox;

/// <summary>
/// One notification from this SDK to a netwerkpunt hosted with this SDK: a zorgkantoor enqueues it in its
/// outbox, the background sender delivers it through the simulated PEP (nID token, mutual TLS) to a
/// zorgaanbieder's Kestrel netwerkpunt (real TLS, PEP client certificate required), whose inbox hands it to
/// the typed handler.
/// </summary>
public sealed class OutboxEndToEndTests
{
    [Fact]
    public async Task A_notification_from_the_outbox_arrives_at_the_typed_handler_of_a_netwerkpunt()
    {
        await using var network = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SendNotifications = false });
        var zorgkantoor = network.Zorgkantoor("5151");
        var zorgaanbieder = network.Zorgaanbieder("98000044");
        var received = new Arrivals();
        await using var netwerkpunt = await StartNetwerkpuntAsync(network, received);
        zorgaanbieder.NetwerkpuntUri = netwerkpunt.Urls.Select(u => new Uri(u.TrimEnd('/') + "/netwerkpunt")).First();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddIWlzClient(_ => { }).UseSimulator(network, zorgkantoor);
        builder.Services.AddIWlzOutbox(o => o.PollInterval = TimeSpan.FromMilliseconds(20))
            .UseSqlite(o => o.DatabasePath = Path.Combine(Directory.CreateTempSubdirectory("iwlz-outbox-e2e-").FullName, "outbox.db"));
        using var sender = builder.Build();
        await sender.StartAsync();
        try
        {
            var bemiddeling = Guid.NewGuid();
            var specificatie = Guid.NewGuid();
            var handle = await sender.Services.GetRequiredService<IOutbox>().EnqueueAsync(
                OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, "98000044"), bemiddeling, specificatie));

            var delivered = await handle.WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var (notification, context) = await received.First.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(bemiddeling, notification.BemiddelingID);
            Assert.Equal(specificatie, notification.BemiddelingspecificatieID);
            Assert.Equal("UZOVI", context.AfzenderIDType);
            Assert.Equal("5151", context.AfzenderID);
            Assert.Equal(context.Id, delivered.ReceiverId); // the netwerkpunt's own notificatieID came back as the acknowledgement
            Assert.Equal(1, delivered.Attempts);
        }
        finally
        {
            await sender.StopAsync();
        }
    }

    private static async Task<WebApplication> StartNetwerkpuntAsync(IWlzNetworkSimulator network, Arrivals received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var serverCertificate = network.CertificateAuthority.IssueServer();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(h =>
        {
            h.ServerCertificate = serverCertificate;
            h.RequirePepClientCertificate([network.RootCertificate]);
        })));
        builder.Services.AddIWlzNetwerkpunt(o => o.ClientCertificateRoots.Add(network.RootCertificate))
            .UseInMemory()
            .ConfigureDispatcher(o => o.PollInterval = TimeSpan.FromMilliseconds(20))
            .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, Received>();
        builder.Services.AddSingleton(received);
        var app = builder.Build();
        app.MapIWlzNetwerkpunt("/netwerkpunt");
        await app.StartAsync();
        return app;
    }

    /// <summary>What the netwerkpunt's handler received; a singleton the scoped handler writes to.</summary>
    private sealed class Arrivals
    {
        private readonly TaskCompletionSource<(NieuweBemiddelingspecificatieZorgaanbieder, InboundMessage)> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<(NieuweBemiddelingspecificatieZorgaanbieder Notification, InboundMessage Context)> First => _first.Task;

        public void Add(NieuweBemiddelingspecificatieZorgaanbieder notification, InboundMessage context) => _first.TrySetResult((notification, context));
    }

    /// <summary>The zorgaanbieder's typed handler, resolved per message like a vendor's handler.</summary>
    private sealed class Received(Arrivals arrivals) : INotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder>
    {
        public Task HandleAsync(NieuweBemiddelingspecificatieZorgaanbieder notification, InboundMessage context, CancellationToken cancellationToken)
        {
            arrivals.Add(notification, context);
            return Task.CompletedTask;
        }
    }
}

using System.Collections.Concurrent;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.DependencyInjection;

namespace VendorTests;

/// <summary>Our netwerkpunt and handler receive what a zorgkantoor sends through the PEP.</summary>
public sealed class NotificationTests
{
    [Fact]
    public async Task Our_handler_gets_a_new_toewijzing_and_reads_it_from_the_register()
    {
        // Notifications go to a party's netwerkpunt, which changes the network: this test starts its own.
        await using var network = await IWlzNetworkSimulator.StartAsync();
        var me = network.Zorgaanbieder("99000011");
        var handled = new HandledToewijzingen();

        // <snippet:vendor-test-notification>
        await using var netwerkpunt = await TestNetwerkpunt.StartAsync(network, me, inbox => inbox
            .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, ToewijzingHandler>()
            .Services.AddSingleton(handled));

        // Zorgkantoor 5555 records a toewijzing for us; the simulator notifies us through its PEP.
        var bemiddeling = network.Data.GetAll<BemiddelingRecord>().First(b => b.VerantwoordelijkZorgkantoor == "5555");
        var toewijzing = new BemiddelingspecificatieRecord
        {
            BemiddelingspecificatieID = Guid.NewGuid(),
            BemiddelingID = bemiddeling.BemiddelingID,
            Instelling = me.Code,
            UitvoerendZorgkantoor = "5555",
            Leveringsvorm = "1",
            ZzpCode = "5VV",
            SoortToewijzing = "01",
            ToewijzingIngangsdatum = DateOnly.FromDateTime(DateTime.Today),
            VaststellingMoment = DateTimeOffset.Now,
        };
        var deliveries = await network.Data.SaveAsync(toewijzing);

        Assert.True(Assert.Single(deliveries).Delivered);
        var zzpCode = await handled.WaitForAsync(toewijzing.BemiddelingspecificatieID, TimeSpan.FromSeconds(20));
        Assert.Equal("5VV", zzpCode);
        // </snippet:vendor-test-notification>
    }
}

/// <summary>Stands in for our application's handler: it follows up the notification as production code does.</summary>
internal sealed class ToewijzingHandler(INotificationFollowUp followUp, HandledToewijzingen handled)
    : INotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder>
{
    public async Task HandleAsync(NieuweBemiddelingspecificatieZorgaanbieder notification, InboundMessage context, CancellationToken cancellationToken)
    {
        var result = await followUp.RunAsync(notification, cancellationToken);
        var specificatie = result.Records.OfType<IWlz.Client.Bemiddelingsregister.BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>().Single();
        handled.Add(notification.BemiddelingspecificatieID, specificatie.ZzpCode);
    }
}

/// <summary>What the handler did, for the test to wait on.</summary>
internal sealed class HandledToewijzingen
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<string>> _handled = new();

    public void Add(Guid specificatieId, string zzpCode) => Entry(specificatieId).TrySetResult(zzpCode);

    public Task<string> WaitForAsync(Guid specificatieId, TimeSpan timeout) => Entry(specificatieId).Task.WaitAsync(timeout);

    private TaskCompletionSource<string> Entry(Guid id) => _handled.GetOrAdd(id, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}

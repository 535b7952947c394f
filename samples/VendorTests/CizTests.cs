using System.Threading.Channels;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;
using IWlz.Client.Sending;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using Microsoft.Extensions.DependencyInjection;

namespace VendorTests;

/// <summary>The CIZ's side: as bronhouder of the Indicatieregister it receives meldingen about its data.</summary>
public sealed class CizTests
{
    [Fact]
    public async Task The_CIZ_receives_a_foutmelding_from_a_zorgkantoor()
    {
        await using var network = await IWlzNetworkSimulator.StartAsync();
        var meldingen = new ReceivedMeldingen();
        await using var netwerkpunt = await TestNetwerkpunt.StartAsync(network, network.Ciz, inbox => inbox
            .AddMeldingHandler<FoutmeldingHandler>()
            .Services.AddSingleton(meldingen));

        // Zorgkantoor 5555 finds an error in an indicatie and reports it to the CIZ (KVK) with IWLZFOUTMELDING.
        var services = new ServiceCollection();
        services.AddIWlzClient(_ => { }).UseSimulator(network, network.Zorgkantoor("5555"));
        await using var zorgkantoor = services.BuildServiceProvider();
        var indicatie = network.Data.GetAll<WlzIndicatieRecord>().First(i => i.InitieelVerantwoordelijkZorgkantoor == "5555");
        var melding = new FoutmeldingBuilder(new NotificationParty(IDType.KVK, network.Ciz.Code))
            .Add("IRG0012", "WlzIndicatie", indicatie.WlzindicatieID)
            .Build();
        var sent = await zorgkantoor.GetRequiredService<IMeldingSender>().SendAsync(melding);
        Assert.True(sent.IsDelivered, sent.ToString());

        var received = await meldingen.NextAsync(TimeSpan.FromSeconds(20));
        Assert.True(received.IsFoutmelding);
        Assert.Equal("UZOVI", received.Message.AfzenderIDType);
        Assert.Equal("5555", received.Message.AfzenderID);
        var subject = Assert.Single(received.Subjects);
        Assert.Equal("IRG0012", subject.Code);
        Assert.Equal($"WlzIndicatie/{indicatie.WlzindicatieID}", subject.RecordID, ignoreCase: true);
    }

    [Fact]
    public async Task The_CIZ_reads_the_bemiddelingen_of_an_indicatie_with_QBR_0010_CIZ()
    {
        await using var network = await IWlzNetworkSimulator.StartAsync();
        var services = new ServiceCollection();
        services.AddIWlzClient(_ => { }).UseSimulator(network, network.Ciz);
        await using var ciz = services.BuildServiceProvider();
        var seeded = network.Data.GetAll<BemiddelingRecord>().First(b => b.VerantwoordelijkZorgkantoor == "5555");

        // <snippet:ciz-query>
        // QBR-0010-CIZ on the Bemiddelingsregister of one zorgkantoor: which bemiddelingen does it hold for the indicatie?
        var bemiddelingen = await ciz.GetRequiredService<IBemiddelingsregisterClient>()
            .GetBemiddelingVoorCizAsync(seeded.WlzIndicatieID, new RegisterRequestOptions { Bronhouder = "5555" });
        // </snippet:ciz-query>

        Assert.NotEmpty(bemiddelingen);
        Assert.All(bemiddelingen, b => Assert.Equal(seeded.WlzIndicatieID, b.WlzIndicatieID));
        Assert.Contains(bemiddelingen, b => b.VerantwoordelijkZorgkantoor == "5555");
    }
}

/// <summary>Stands in for the CIZ's melding handler: it hands what it received to the test.</summary>
internal sealed class FoutmeldingHandler(ReceivedMeldingen meldingen) : IMeldingHandler
{
    // <snippet:ciz-melding-handler>
    public async Task HandleAsync(ReceivedMelding melding, CancellationToken cancellationToken)
    {
        // Each subject names a rule (such as IRG0012 or GGR0001) and the record it is about.
        foreach (var subject in melding.Subjects)
        {
            Console.WriteLine($"{melding.Message.AfzenderIDType} {melding.Message.AfzenderID} reports {subject.Code} on {subject.RecordID}: {subject.Text}");
        }

        await meldingen.AddAsync(melding, cancellationToken);
    }
    // </snippet:ciz-melding-handler>
}

internal sealed class ReceivedMeldingen
{
    private readonly Channel<ReceivedMelding> _channel = Channel.CreateUnbounded<ReceivedMelding>();

    public ValueTask AddAsync(ReceivedMelding melding, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(melding, cancellationToken);

    public async Task<ReceivedMelding> NextAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        return await _channel.Reader.ReadAsync(cancellation.Token);
    }
}

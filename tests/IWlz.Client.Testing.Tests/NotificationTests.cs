using System.Text.Json.Nodes;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;

namespace IWlz.Client.Testing.Tests;

public sealed class NotificationTests : IAsyncLifetime
{
    private const string ZendNotificatie = """
        mutation($input: NotificatieInput!) { zendNotificatie(notificatieInput: $input) { notificatieID } }
        """;

    private IWlzNetworkSimulator sim = null!;

    // The default netwerkpunt timeout (10 s): a first delivery opens a new mutual-TLS connection, which on a
    // loaded machine can take longer than a short timeout. Only the timeout test shortens it, on its own simulator.
    public async Task InitializeAsync() => sim = await IWlzNetworkSimulator.StartAsync();

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Fact]
    public async Task A_new_specificatie_is_notified_to_the_zorgaanbieders_own_netwerkpunt_through_the_pep()
    {
        await using var receiver = await NetwerkpuntReceiver.StartAsync(sim);
        var zorgaanbieder = sim.Zorgaanbieder("99000044");
        zorgaanbieder.NetwerkpuntUri = receiver.Uri;
        var bemiddeling = sim.Data.GetAll<BemiddelingRecord>()[0];

        var spec = NewSpec(bemiddeling, "99000044");
        var deliveries = await sim.Data.SaveAsync(spec);

        var delivery = Assert.Single(deliveries);
        Assert.True(delivery.Delivered, delivery.Error);
        Assert.Equal("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", delivery.EventType);
        var (body, claims, client) = Assert.Single(receiver.Received);
        var variables = body["variables"]!;
        Assert.Equal("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", variables["eventType"]!.GetValue<string>());
        Assert.Equal(bemiddeling.VerantwoordelijkZorgkantoor, variables["afzenderID"]!.GetValue<string>());
        Assert.Equal("AGB", variables["ontvangerIDType"]!.GetValue<string>());
        Assert.Equal($"Bemiddelingspecificatie/{spec.BemiddelingspecificatieID}", variables["subjectList"]![0]!["recordID"]!.GetValue<string>());
        Assert.Equal("auth.nid", JsonNode.Parse(claims!)!["iss"]!.GetValue<string>());
        Assert.Equal(sim.PepCertificate.Thumbprint, client!.Thumbprint);

        var changed = await sim.Data.SaveAsync(spec with { ToewijzingEinddatum = spec.ToewijzingIngangsdatum.AddMonths(6) });
        Assert.Equal("GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", Assert.Single(changed).EventType);
        var removed = await sim.Data.RemoveAsync<BemiddelingspecificatieRecord>(spec.BemiddelingspecificatieID);
        Assert.Equal("VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", Assert.Single(removed).EventType);
        Assert.Equal(3, receiver.Received.Count);
    }

    [Fact]
    public async Task Without_an_own_netwerkpunt_the_simulator_keeps_the_notification_for_inspection()
    {
        var indicatie = sim.Data.GetAll<WlzIndicatieRecord>()[0];
        var zorgkantoor = sim.Zorgkantoor(indicatie.InitieelVerantwoordelijkZorgkantoor);
        var deliveries = await sim.Data.SaveAsync(indicatie with { WlzindicatieID = Guid.NewGuid() });

        Assert.True(Assert.Single(deliveries).Delivered);
        var message = Assert.Single(zorgkantoor.ReceivedNotificaties, m => m.EventType == "NIEUWE_INDICATIE_ZORGKANTOOR");
        Assert.Equal("KVK", message.AfzenderIDType);
        Assert.Equal("62253778", message.AfzenderID);
        Assert.StartsWith("WlzIndicatie/", message.SubjectList[0].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_netwerkpunt_gives_504_and_an_unreachable_one_502()
    {
        await using var impatient = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { NetwerkpuntTimeout = TimeSpan.FromMilliseconds(500) });
        await using var receiver = await NetwerkpuntReceiver.StartAsync(impatient);
        receiver.Delay = TimeSpan.FromSeconds(30); // far beyond the timeout however slow the machine; ends when the PEP gives up
        var slow = impatient.Zorgaanbieder("99000045");
        slow.NetwerkpuntUri = receiver.Uri;
        var bemiddeling = impatient.Data.GetAll<BemiddelingRecord>()[0];
        Assert.Equal(504, Assert.Single(await impatient.Data.SaveAsync(NewSpec(bemiddeling, "99000045"))).StatusCode);

        var gone = impatient.Zorgaanbieder("99000046");
        gone.NetwerkpuntUri = new Uri("https://127.0.0.1:1/netwerkpunt");
        var delivery = Assert.Single(await impatient.Data.SaveAsync(NewSpec(bemiddeling, "99000046")));
        Assert.Equal(502, delivery.StatusCode);
        Assert.False(delivery.Delivered);
    }

    [Fact]
    public async Task A_zorgaanbieder_can_send_a_melding_to_a_simulated_bronhouder()
    {
        var zorgaanbieder = sim.Zorgaanbieder("99000011");
        using var raw = new RawNetwork(sim, zorgaanbieder);
        var answer = await raw.QueryAsync(
            "organisaties/indicatieorgaan/meldingen/melding:create",
            sim.Ciz.EffectiveNetwerkpuntUri,
            "mutation($m: MeldingInput!) { zendMelding(meldingInput: $m) { meldingID } }",
            new { m = Input("AGB", "99000011", "KVK", "62253778", "IWLZFOUTMELDING", "GGR0001", "Stoornis/" + Guid.NewGuid()) });

        Assert.Equal(200, answer.Status);
        var id = Guid.Parse(answer.Data!["zendMelding"]!["meldingID"]!.GetValue<string>());
        var melding = Assert.Single(sim.Ciz.ReceivedMeldingen);
        Assert.Equal(id, melding.MessageId);
        Assert.Equal("GGR0001", melding.SubjectList[0].Subject);
        Assert.Contains(zorgaanbieder.VecozoId, melding.Claims, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UZOVI", "5555", "AGB", "99000011", "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "organisaties/zorgaanbieder/notificaties/notificatie:create", null)]
    [InlineData("AGB", "5555", "AGB", "99000011", "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "organisaties/zorgaanbieder/notificaties/notificatie:create", "afzender_type is not valid")]
    [InlineData("UZOVI", "5556", "AGB", "99000011", "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "organisaties/zorgaanbieder/notificaties/notificatie:create", "afzender is not valid")]
    [InlineData("UZOVI", "5555", "AGB", "99000011", "NIEUWE_INDICATIE_ZORGKANTOOR", "organisaties/zorgaanbieder/notificaties/notificatie:create", "event_type is not valid")]
    [InlineData("UZOVI", "5555", "AGB", "99000011", "ONBEKEND_EVENT", "organisaties/zorgaanbieder/notificaties/notificatie:create", "event_type is not valid")]
    [InlineData("UZOVI", "5555", "AGB", "99000011", "nieuwe_bemiddelingspecificatie_zorgaanbieder", "organisaties/zorgaanbieder/notificaties/notificatie:create", "event_type is not valid")]
    [InlineData("UZOVI", "5555", "AGB", "99000011", "INFORMATIEVE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "organisaties/zorgaanbieder/notificaties/notificatie:create", null)]
    [InlineData("UZOVI", "5555", "AGB", "99000022", "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "organisaties/zorgaanbieder/notificaties/notificatie:create", "ontvanger is not valid")]
    [InlineData("UZOVI", "5555", "UZOVI", "99000011", "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "organisaties/zorgaanbieder/notificaties/notificatie:create", "ontvanger is not valid")]
    [InlineData("UZOVI", "5555", "AGB", "99000011", "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "organisaties/zorgkantoor/notificaties/notificatie:create", "Scope for `ontvangerIDType` not valid.")]
    public async Task The_pdp_checks_notifications(string afzenderType, string afzender, string ontvangerType, string ontvanger, string eventType, string scope, string? expected)
    {
        var recipient = sim.Zorgaanbieder("99000011");
        using var raw = new RawNetwork(sim, sim.Zorgkantoor("5555"));
        var answer = await raw.QueryAsync(scope, recipient.EffectiveNetwerkpuntUri, ZendNotificatie, new { input = Input(afzenderType, afzender, ontvangerType, ontvanger, eventType, "Bemiddeling/" + Guid.NewGuid(), "Bemiddelingspecificatie/" + Guid.NewGuid()) });

        if (expected is null)
        {
            Assert.Equal(200, answer.Status);
            Assert.NotNull(answer.Data!["zendNotificatie"]!["notificatieID"]);
        }
        else
        {
            Assert.Equal(400, answer.Status);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", answer.FirstErrorCode);
            Assert.Equal($"zendNotificatie: {expected}", answer.FirstErrorMessage);
        }
    }

    public static TheoryData<string> CataloguedEventTypes() =>
        [.. IWlz.Client.Notifications.NotificationCatalogue.All.Select(e => e.EventType).Distinct(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CataloguedEventTypes))]
    public async Task The_pdp_accepts_every_catalogued_event_from_its_sender_type_to_its_receiver_type(string eventType)
    {
        var entry = IWlz.Client.Notifications.NotificationCatalogue.FindPreferred(eventType)!;
        var sender = entry.SenderIdType switch
        {
            IWlz.Client.Notifications.IDType.KVK => sim.Ciz,
            IWlz.Client.Notifications.IDType.UZOVI => sim.Zorgkantoor("5555"),
            _ => sim.Zorgaanbieder("99000011"),
        };
        var recipient = entry.ReceiverIdType == IWlz.Client.Notifications.IDType.UZOVI ? sim.Zorgkantoor("5556") : sim.Zorgaanbieder("99000022");
        var scope = $"organisaties/{(recipient.IdType == "UZOVI" ? "zorgkantoor" : "zorgaanbieder")}/notificaties/notificatie:create";
        using var raw = new RawNetwork(sim, sender);

        var answer = await raw.QueryAsync(scope, recipient.EffectiveNetwerkpuntUri, ZendNotificatie, new { input = Input(sender.IdType, sender.Code, recipient.IdType, recipient.Code, eventType, $"{entry.SubjectEntity}/{Guid.NewGuid()}", $"{entry.RecordIdEntity}/{Guid.NewGuid()}") });

        Assert.True(answer.Status == 200, answer.Body);
        Assert.Contains(recipient.ReceivedNotificaties, m => m.EventType == eventType);
    }

    [Fact]
    public async Task A_notification_without_a_notification_scope_is_refused()
    {
        using var raw = new RawNetwork(sim, sim.Zorgkantoor("5555"));
        var answer = await raw.QueryAsync(RawNetwork.BrRead, sim.Zorgaanbieder("99000011").EffectiveNetwerkpuntUri, ZendNotificatie, new { input = Input("UZOVI", "5555", "AGB", "99000011", "NIEUWE_REGIEHOUDER_ZORGAANBIEDER", "Bemiddeling/x", "Regiehouder/y") });
        Assert.Equal(400, answer.Status);
        Assert.Equal("zendNotificatie: Scope is not allowed", answer.FirstErrorMessage);
    }

    private static object Input(string afzenderType, string afzender, string ontvangerType, string ontvanger, string eventType, string subject, string recordId) => new
    {
        timestamp = "2025-06-15T10:00:00.000Z",
        afzenderIDType = afzenderType,
        afzenderID = afzender,
        ontvangerIDType = ontvangerType,
        ontvangerID = ontvanger,
        eventType,
        subjectList = new[] { new { subject, recordID = recordId } },
    };

    private static BemiddelingspecificatieRecord NewSpec(BemiddelingRecord bemiddeling, string instelling) => new()
    {
        BemiddelingspecificatieID = Guid.NewGuid(),
        BemiddelingID = bemiddeling.BemiddelingID,
        Leveringsvorm = "1",
        ZzpCode = "5VV",
        ToewijzingIngangsdatum = new DateOnly(2025, 7, 1),
        Instelling = instelling,
        UitvoerendZorgkantoor = bemiddeling.VerantwoordelijkZorgkantoor,
        VaststellingMoment = DateTimeOffset.UtcNow,
        SoortToewijzing = "01",
    };
}

using IWlz.Client;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Registers;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.DependencyInjection;

namespace VendorTests;

/// <summary>Our application's queries, through the SDK's whole stack (nID token, PEP, template policies, register).</summary>
[Collection(SimulatedNetworkCollection.Name)]
public sealed class QueryTests(SimulatedNetwork fixture)
{
    private IWlzNetworkSimulator Network => fixture.Network;

    [Fact]
    public async Task We_read_our_toewijzing_with_QBR_0001_ZA()
    {
        // <snippet:getting-started>
        await using var network = await IWlzNetworkSimulator.StartAsync(); // the iWlz network on 127.0.0.1, real TLS
        var services = new ServiceCollection();
        services.AddIWlzClient(_ => { }).UseSimulator(network, network.Zorgaanbieder("99000011"));
        await using var sdk = services.BuildServiceProvider();

        var specificatieId = OurToewijzing(network).BemiddelingspecificatieID; // normally from a notification
        var specificaties = await sdk.GetRequiredService<IBemiddelingsregisterClient>()
            .GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatieId, new RegisterRequestOptions { Bronhouder = "5555" });
        // </snippet:getting-started>

        var seeded = OurToewijzing(network);
        var specificatie = Assert.Single(specificaties);
        Assert.Equal(seeded.BemiddelingspecificatieID, specificatie.BemiddelingspecificatieID);
        Assert.Equal(seeded.ZzpCode, specificatie.ZzpCode);
        Assert.Equal(seeded.ToewijzingIngangsdatum, specificatie.ToewijzingIngangsdatum);
        Assert.Equal("99000011", specificatie.Instelling);
        Assert.True(IWlz.Client.Privacy.Bsn.IsValid(specificatie.Bemiddeling.Client.Bsn));
    }

    [Fact]
    public async Task A_query_outside_the_templates_date_window_is_refused_by_the_PEP()
    {
        var seeded = OurToewijzing(Network);
        await using var sdk = Sdk(Network, Network.Zorgaanbieder("99000011"));
        var today = DateOnly.FromDateTime(DateTime.Today);

        // <snippet:vendor-test-refusal>
        // The contact data of QBR-0002-ZA are only available until two years after the toewijzing ended.
        var refused = await Assert.ThrowsAsync<IWlzException>(() => sdk.GetRequiredService<IBemiddelingsregisterClient>()
            .GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(
                seeded.BemiddelingspecificatieID, today.AddYears(-4), today.AddYears(-3), new RegisterRequestOptions { Bronhouder = "5555" }));

        Assert.Equal(IWlzErrorKind.AccessDenied, refused.Kind);
        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(IWlzTemplates.QBR0002ZA, refused.TemplateId);
        Assert.Contains("Policy: Access Denied", refused.ServerMessage, StringComparison.Ordinal);
        // </snippet:vendor-test-refusal>
    }

    [Fact]
    public async Task A_zorgkantoor_template_is_refused_before_it_leaves_our_process()
    {
        await using var sdk = Sdk(Network, Network.Zorgaanbieder("99000011"));
        Network.ClearRecordedRequests();

        // QBR-0004-ZKu is the executing zorgkantoor's template: the SDK's template guard refuses it for a zorgaanbieder.
        var refused = await Assert.ThrowsAsync<TemplateViolationException>(() => sdk.GetRequiredService<IBemiddelingsregisterClient>()
            .GetBemiddelingspecificatieVoorUitvoerendZorgkantoorAsync(Guid.NewGuid(), new RegisterRequestOptions { Bronhouder = "5555" }));

        Assert.Equal(TemplateViolation.RoleNotAllowed, refused.Violation);
        Assert.DoesNotContain(Network.RecordedRequests, r => r.Party == Network.Zorgaanbieder("99000011"));
    }

    [Fact]
    public async Task A_PEP_that_fails_once_is_retried_transparently()
    {
        // Fault switches change the whole network, so this test starts its own.
        await using var network = await IWlzNetworkSimulator.StartAsync();
        var seeded = OurToewijzing(network);
        await using var sdk = Sdk(network, network.Zorgaanbieder("99000011"));
        network.Faults.FailPepRequests(502, count: 1);

        var specificaties = await sdk.GetRequiredService<IBemiddelingsregisterClient>()
            .GetBemiddelingspecificatieVoorZorgaanbiederAsync(seeded.BemiddelingspecificatieID, new RegisterRequestOptions { Bronhouder = "5555" });

        Assert.Single(specificaties);
        Assert.Contains(network.RecordedRequests, r => r.StatusCode == 502);
    }

    /// <summary>A seeded toewijzing of zorgaanbieder 99000011 in the register of zorgkantoor 5555.</summary>
    private static BemiddelingspecificatieRecord OurToewijzing(IWlzNetworkSimulator network) =>
        network.Data.GetAll<BemiddelingspecificatieRecord>().First(s =>
            s.Instelling == "99000011" && network.Data.Find<BemiddelingRecord>(s.BemiddelingID)!.VerantwoordelijkZorgkantoor == "5555");

    private static ServiceProvider Sdk(IWlzNetworkSimulator network, IWlz.Client.Testing.Parties.SimulatedParty party)
    {
        var services = new ServiceCollection();
        services.AddIWlzClient(_ => { }).UseSimulator(network, party);
        return services.BuildServiceProvider();
    }
}

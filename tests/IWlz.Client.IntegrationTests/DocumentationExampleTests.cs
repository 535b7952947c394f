using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Indicatieregister;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Traffic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.IntegrationTests;

/// <summary>
/// The examples of docs/testing.md ("Configure an SDK client against the simulator"). The snippet regions below are
/// quoted there (eng/sync-snippets.py); DocumentationSnippetTests in tests/IWlz.Client.SamplesTests keeps the two in step.
/// </summary>
public sealed class DocumentationExampleTests
{
    [Fact]
    public async Task Configure_a_client_with_UseSimulator()
    {
        // <snippet:testing-use-simulator>
        await using var network = await IWlzNetworkSimulator.StartAsync();
        var me = network.Zorgaanbieder("99000011");

        var services = new ServiceCollection();
        services.AddIWlzClient(options =>
                options.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions { GegevensdienstId = "5555_REGISTER_TST" })
            .UseSimulator(network, me);
        await using var provider = services.BuildServiceProvider();
        var bemiddelingsregister = provider.GetRequiredService<IBemiddelingsregisterClient>();
        // </snippet:testing-use-simulator>

        var specificatieId = network.Data.GetAll<BemiddelingspecificatieRecord>()
            .First(s => s.Instelling == me.Code && network.Data.Find<BemiddelingRecord>(s.BemiddelingID)!.VerantwoordelijkZorgkantoor == "5555")
            .BemiddelingspecificatieID;

        // <snippet:testing-observe-traffic>
        network.Faults.FailPepRequests(502, count: 1);

        var specificaties = await bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatieId);

        var mine = network.RecordedRequests.Where(r => r.Party == me).Select(r => (r.Endpoint, r.StatusCode));
        Assert.Equal([(SimulatorEndpoint.TokenEndpoint, 200), (SimulatorEndpoint.Pep, 502), (SimulatorEndpoint.Pep, 200)], mine);
        // </snippet:testing-observe-traffic>

        Assert.Equal(specificatieId, Assert.Single(specificaties).BemiddelingspecificatieID);
    }

    [Fact]
    public async Task Configure_a_client_from_configuration_keys()
    {
        await using var network = await IWlzNetworkSimulator.StartAsync();
        var me = network.Zorgkantoor("5555");
        var services = new ServiceCollection();

        // <snippet:testing-configuration-keys>
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(network.CreateClientConfiguration(me))
            .Build();
        services.AddIWlzClient(configuration.GetSection("IWlz"))
            .UseCertificate(me.Certificate, IWlzEnvironment.Test)
            .AddTrustedRootCertificate(network.RootCertificate);
        // </snippet:testing-configuration-keys>

        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        var indicatie = network.Data.GetAll<WlzIndicatieRecord>().First(i => i.InitieelVerantwoordelijkZorgkantoor == me.Code);
        var result = await provider.GetRequiredService<IIndicatieregisterClient>().GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(indicatie.WlzindicatieID);
        Assert.Equal(indicatie.WlzindicatieID, Assert.Single(result).WlzindicatieID);
    }
}

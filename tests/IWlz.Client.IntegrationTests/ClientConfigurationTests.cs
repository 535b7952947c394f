using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.IntegrationTests.Infrastructure;
using IWlz.Client.Registers;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.IntegrationTests;

/// <summary>How a client is pointed at the simulator, and that the simulator's address book works through the SDK's directory.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class ClientConfigurationTests(SimulatorFixture fixture)
{
    private IWlzNetworkSimulator Sim => fixture.Simulator;

    [Fact]
    public void UseSimulator_sets_the_environment_party_endpoints_address_book_and_trust()
    {
        var party = Sim.Zorgkantoor("5556");
        using var sdk = SdkClient.Create(Sim, party);
        var options = sdk.Options;

        Assert.Equal(IWlzEnvironment.Test, options.Environment);
        Assert.Equal(IWlzPartyRole.Zorgkantoor, options.Party.Role);
        Assert.Equal("5556", options.Party.Code);
        Assert.Equal(Sim.TokenEndpoint, options.Endpoints.TokenEndpoint);
        Assert.Equal(Sim.PepEndpoint, options.Endpoints.PepEndpoint);
        Assert.Equal(Sim.AddressBookPath, options.AddressBook.Path);
        Assert.True(File.Exists(Sim.AddressBookPath));
        Assert.Equal(IWlzEnvironment.Test, options.Certificate.Environment);
        Assert.Equal(X509RevocationMode.NoCheck, options.ServerTrust.RevocationMode);
    }

    [Fact]
    public void The_simulators_address_book_resolves_through_the_sdks_service_directory()
    {
        var zorgaanbieder = Sim.Zorgaanbieder("99000011");
        var zorgkantoor = Sim.Zorgkantoor("5555");
        using var sdk = SdkClient.Create(Sim, zorgaanbieder);
        var directory = sdk.Directory;

        // gegevensdienstId in the documented '-' form, the '_' form of the examples, and any letter case.
        foreach (var id in new[] { "5555_REGISTER_TST", "5555-REGISTER-TST", "5555-register-tst" })
        {
            var register = directory.FindByGegevensdienstId(id, null);
            Assert.NotNull(register);
            Assert.Equal(zorgkantoor.RegisterUri, register.ResourceUri);
            Assert.Equal(Sim.PepEndpoint, register.PepEndpoint);
            Assert.Equal(Sim.TokenEndpoint, register.TokenEndpoint);
            Assert.Equal("REGISTER", register.Systeemrolcode);
        }

        Assert.Equal(Sim.Ciz.RegisterUri, directory.FindByOrganisation("CIZ", "REGISTER")!.ResourceUri);
        Assert.Equal(zorgkantoor.EffectiveNetwerkpuntUri, directory.FindByOrganisation("5555", "NOTIFICATIE_INDICATIE")!.ResourceUri);
        Assert.Equal(zorgkantoor.EffectiveNetwerkpuntUri, directory.FindByGegevensdienstId("5555_NOTIFICATIE_TST", "notificatie-bemiddeling")!.ResourceUri);
        Assert.Equal(zorgaanbieder.EffectiveNetwerkpuntUri, directory.FindByOrganisation("99000011", "NOTIFICATIE_BEMIDDELING")!.ResourceUri);
        Assert.Equal(zorgaanbieder.EffectiveNetwerkpuntUri, directory.FindByOrganisation("99000011", "MELDING")!.ResourceUri);
        Assert.Equal(Sim.Ciz.EffectiveNetwerkpuntUri, directory.FindByGegevensdienstId("ciz_melding_tst", null)!.ResourceUri);
        Assert.Null(directory.FindByOrganisation("CIZ", "NOTIFICATIE_INDICATIE"));
        Assert.Null(directory.FindByGegevensdienstId("5555_REGISTER_PRD", null));

        var byResource = directory.ForResource(zorgkantoor.RegisterUri);
        Assert.Equal("5555_REGISTER_TST", byResource.GegevensdienstId);
    }

    [Fact]
    public async Task A_client_bound_from_configuration_keys_runs_a_template_query()
    {
        var party = Sim.Zorgaanbieder("99000022");
        var spec = Sim.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == party.Code);
        var bemiddeling = Sim.Data.Find<BemiddelingRecord>(spec.BemiddelingID)!;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Sim.CreateClientConfiguration(party)).Build();

        // The path of an application with appsettings.json: bind the section, add the certificate and the trusted root in code.
        var services = new ServiceCollection();
        services.AddIWlzClient(configuration.GetSection("IWlz"))
            .UseCertificate(party.Certificate, IWlzEnvironment.Test)
            .AddTrustedRootCertificate(Sim.RootCertificate);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        // The zorgkantoor's register named per call by its UZOVI code, looked up in the simulator's address book.
        var result = await provider.GetRequiredService<IBemiddelingsregisterClient>().GetBemiddelingspecificatieVoorZorgaanbiederAsync(
            spec.BemiddelingspecificatieID, new RegisterRequestOptions { Bronhouder = bemiddeling.VerantwoordelijkZorgkantoor });

        Assert.Equal(spec.BemiddelingspecificatieID, Assert.Single(result).BemiddelingspecificatieID);
    }

    [Fact]
    public void The_configuration_names_every_key_it_sets_under_the_chosen_section()
    {
        var party = Sim.Ciz;

        var settings = Sim.CreateClientConfiguration(party, "Network:IWlz");

        Assert.Equal("Test", settings["Network:IWlz:Environment"]);
        Assert.Equal("Indicatieorgaan", settings["Network:IWlz:Party:Role"]);
        Assert.Equal("62253778", settings["Network:IWlz:Party:Code"]);
        Assert.Equal(Sim.TokenEndpoint.AbsoluteUri, settings["Network:IWlz:Endpoints:TokenEndpoint"]);
        Assert.Equal(Sim.PepEndpoint.AbsoluteUri, settings["Network:IWlz:Endpoints:PepEndpoint"]);
        Assert.Equal(Sim.AddressBookPath, settings["Network:IWlz:AddressBook:Path"]);
        Assert.Equal("Test", settings["Network:IWlz:Certificate:Environment"]);
        Assert.Equal("NoCheck", settings["Network:IWlz:ServerTrust:RevocationMode"]);
        Assert.Equal(8, settings.Count);
    }

    [Fact]
    public async Task A_party_of_another_simulator_is_refused_with_a_clear_error()
    {
        await using var other = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SeedData = false, SendNotifications = false });
        var stranger = other.Zorgaanbieder("99000011");
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddIWlzClient(_ => { }).UseSimulator(Sim, stranger));

        Assert.Equal("party", error.ParamName);
        Assert.Contains("not a party of this simulator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_added_after_the_address_book_was_written_is_in_it_when_a_client_is_configured_for_it()
    {
        var newcomer = Sim.Zorgkantoor("7001");

        using var sdk = SdkClient.Create(Sim, newcomer);

        Assert.Equal(newcomer.RegisterUri, sdk.Directory.FindByGegevensdienstId("7001_REGISTER_TST", null)!.ResourceUri);
    }
}

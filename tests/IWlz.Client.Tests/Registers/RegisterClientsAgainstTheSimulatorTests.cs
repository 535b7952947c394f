using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.DependencyInjection;
using BR = IWlz.Client.Bemiddelingsregister;

namespace IWlz.Client.Tests.Registers;

/// <summary>
/// The typed clients as a vendor uses them, against the simulated network (nID, a PEP that enforces the
/// template policies, and the zorgkantoren's registers over real TLS): what the SDK sends, the network
/// accepts, and what the SDK refuses never reaches it.
/// </summary>
public sealed class RegisterClientsAgainstTheSimulatorTests : IAsyncLifetime
{
    private const string Agb = "99000011"; // a seeded zorgaanbieder
    private IWlzNetworkSimulator _network = null!;
    private string _addressBook = null!;

    public async Task InitializeAsync()
    {
        _network = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { Seed = 1 });
        _addressBook = Path.Combine(Path.GetTempPath(), $"iwlz-adresboek-{Guid.NewGuid():N}.json");
        _network.WriteAddressBook(_addressBook);
    }

    public async Task DisposeAsync()
    {
        File.Delete(_addressBook);
        await _network.DisposeAsync();
    }

    [Fact]
    public async Task A_zorgaanbieder_reads_its_specificatie_and_the_overview_from_the_responsible_zorgkantoors_register()
    {
        var specificatie = _network.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == Agb);
        var zorgkantoor = _network.Data.Find<BemiddelingRecord>(specificatie.BemiddelingID)!.VerantwoordelijkZorgkantoor;
        await using var sdk = Sdk(_network.Zorgaanbieder(Agb).Certificate, o => { o.Party.Role = IWlzPartyRole.Zorgaanbieder; o.Party.Code = Agb; });
        var client = sdk.GetRequiredService<IBemiddelingsregisterClient>();
        var register = new RegisterRequestOptions { Bronhouder = zorgkantoor };

        var eigen = Assert.Single(await client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatie.BemiddelingspecificatieID, register));

        Assert.Equal(specificatie.BemiddelingspecificatieID, eigen.BemiddelingspecificatieID);
        Assert.Equal(Agb, eigen.Instelling);
        Assert.Equal(specificatie.ToewijzingIngangsdatum, eigen.ToewijzingIngangsdatum);

        var overzicht = eigen.ToewijzingEinddatum is { } einde
            ? (await client.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(eigen.BemiddelingspecificatieID, eigen.ToewijzingIngangsdatum, einde, register)).Select(s => s.Bemiddeling.BemiddelingID)
            : (await client.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumAsync(eigen.BemiddelingspecificatieID, eigen.ToewijzingIngangsdatum, register)).Select(s => s.Bemiddeling.BemiddelingID);
        Assert.Equal(specificatie.BemiddelingID, Assert.Single(overzicht));
    }

    [Fact]
    public async Task A_zorgkantoor_reads_a_specificatie_it_executes()
    {
        var zorgkantoren = _network.Data.GetAll<BemiddelingRecord>().ToDictionary(b => b.BemiddelingID, b => b.VerantwoordelijkZorgkantoor);
        var specificatie = _network.Data.GetAll<BemiddelingspecificatieRecord>().First();
        await using var sdk = Sdk(_network.Zorgkantoor(specificatie.UitvoerendZorgkantoor).Certificate, o => { o.Party.Role = IWlzPartyRole.Zorgkantoor; o.Party.Code = specificatie.UitvoerendZorgkantoor; });

        var result = await sdk.GetRequiredService<IBemiddelingsregisterClient>().GetBemiddelingspecificatieVoorUitvoerendZorgkantoorAsync(
            specificatie.BemiddelingspecificatieID, new RegisterRequestOptions { Bronhouder = zorgkantoren[specificatie.BemiddelingID] });

        Assert.Equal(specificatie.BemiddelingspecificatieID, Assert.Single(result).BemiddelingspecificatieID);
    }

    [Fact]
    public async Task A_request_in_another_partys_name_is_refused_by_the_SDK_before_the_network_sees_it()
    {
        var specificatie = _network.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == Agb);
        var zorgkantoor = _network.Data.Find<BemiddelingRecord>(specificatie.BemiddelingID)!.VerantwoordelijkZorgkantoor;
        await using var sdk = Sdk(_network.Zorgaanbieder(Agb).Certificate, o => { o.Party.Role = IWlzPartyRole.Zorgaanbieder; o.Party.Code = Agb; });
        var lowLevel = sdk.GetRequiredService<BR.IBemiddelingsregisterGraphQLClient>();
        var resource = new GraphQLRequestOptions { ResourceUri = _network.Zorgkantoor(zorgkantoor).RegisterUri };

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => lowLevel.BemiddelingspecificatieVoorZorgaanbiederAsync(
            new BR.BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = specificatie.BemiddelingspecificatieID, Instelling = "99000022" }, resource));
        Assert.Equal(TemplateViolation.OwnIdentityMismatch, ex.Violation);

        // The same variables with the own AGB code go through, and the simulated PEP accepts them.
        var response = await lowLevel.BemiddelingspecificatieVoorZorgaanbiederAsync(
            new BR.BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = specificatie.BemiddelingspecificatieID, Instelling = Agb }, resource);
        Assert.Equal(specificatie.BemiddelingspecificatieID, Assert.Single(response.GetDataOrThrow().Bemiddelingspecificatie).BemiddelingspecificatieID);
    }

    private ServiceProvider Sdk(X509Certificate2 certificate, Action<IWlzClientOptions> party)
    {
        var services = new ServiceCollection();
        services.AddIWlzClient(o =>
            {
                o.Environment = IWlzEnvironment.Test;
                o.Endpoints.TokenEndpoint = _network.TokenEndpoint;
                o.Endpoints.PepEndpoint = _network.PepEndpoint;
                o.AddressBook.Path = _addressBook;
                o.ServerTrust.RevocationMode = X509RevocationMode.NoCheck;
                party(o);
            })
            .UseCertificate(certificate, IWlzEnvironment.Test)
            .AddTrustedRootCertificate(_network.RootCertificate);
        return services.BuildServiceProvider();
    }
}

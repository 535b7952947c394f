using IWlz.Client.Certificates;
using IWlz.Client.IntegrationTests.Infrastructure;
using IWlz.Client.Privacy;
using IWlz.Client.Registers;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Traffic;
using IWlz.Client.Tokens;

namespace IWlz.Client.IntegrationTests;

/// <summary>
/// Published templates through the typed register clients and the SDK's whole stack: template guard, nID token,
/// PEP with the template policies, the register, and the typed result.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class RegisterQueryTests(SimulatorFixture fixture)
{
    private const string Agb = "99000011";

    private IWlzNetworkSimulator Sim => fixture.Simulator;

    [Fact]
    public async Task A_zorgaanbieder_reads_its_bemiddelingspecificatie_with_QBR_0001_ZA()
    {
        var spec = Sim.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == Agb);
        var bemiddeling = Sim.Data.Find<BemiddelingRecord>(spec.BemiddelingID)!;
        var client = Sim.Data.Find<IWlz.Client.Testing.Data.Bemiddelingsregister.ClientRecord>(bemiddeling.ClientID)!;
        var party = Sim.Zorgaanbieder(Agb);

        // The Bemiddelingsregister of the responsible zorgkantoor, named by its address-book entry (the '-' form).
        using var sdk = SdkClient.Create(Sim, party, o => o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions
        {
            GegevensdienstId = $"{bemiddeling.VerantwoordelijkZorgkantoor}-register-tst",
        });
        var result = await sdk.Bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(spec.BemiddelingspecificatieID);

        var item = Assert.Single(result);
        Assert.Equal(spec.BemiddelingspecificatieID, item.BemiddelingspecificatieID);
        Assert.Equal(spec.ZzpCode, item.ZzpCode);
        Assert.Equal(spec.ToewijzingIngangsdatum, item.ToewijzingIngangsdatum);
        Assert.Equal(spec.ToewijzingEinddatum, item.ToewijzingEinddatum);
        Assert.Equal(spec.UitvoerendZorgkantoor, item.UitvoerendZorgkantoor);
        Assert.Equal(spec.VaststellingMoment, item.VaststellingMoment);
        Assert.Equal(Agb, item.Instelling);
        Assert.Equal(bemiddeling.BemiddelingID, item.Bemiddeling.BemiddelingID);
        Assert.Equal(bemiddeling.VerantwoordelijkZorgkantoor, item.Bemiddeling.VerantwoordelijkZorgkantoor);
        Assert.Equal(client.ClientID, item.Bemiddeling.Client.ClientID);
        Assert.Equal(client.Bsn, item.Bemiddeling.Client.Bsn);
        Assert.True(Bsn.IsValid(item.Bemiddeling.Client.Bsn));

        // One token from nID for the zorgkantoor's register, then the query through the PEP, both with the party's certificate.
        var traffic = Sim.RecordedRequests.Where(r => r.Party == party).ToArray();
        Assert.Contains(traffic, r => r.Endpoint == SimulatorEndpoint.TokenEndpoint && r.StatusCode == 200);
        Assert.Contains(traffic, r => r.Endpoint == SimulatorEndpoint.Pep && r.StatusCode == 200);
    }

    [Fact]
    public async Task A_zorgkantoor_reads_a_wlzIndicatie_with_QIR_0001_ZKi_from_the_CIZ_register_in_the_address_book()
    {
        var indicatie = Sim.Data.GetAll<WlzIndicatieRecord>().First(i => i.InitieelVerantwoordelijkZorgkantoor == "5555");

        // No service configuration: the SDK finds the Indicatieregister as CIZ_REGISTER_TST in the simulator's address book.
        using var sdk = SdkClient.Create(Sim, Sim.Zorgkantoor("5555"));
        var result = await sdk.Indicatieregister.GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(indicatie.WlzindicatieID);

        var item = Assert.Single(result);
        Assert.Equal(indicatie.WlzindicatieID, item.WlzindicatieID);
        Assert.Equal(indicatie.Bsn, item.Bsn);
        Assert.Equal(indicatie.Besluitnummer, item.Besluitnummer);
        Assert.Equal(indicatie.Ingangsdatum, item.Ingangsdatum);
        Assert.Equal("5555", item.InitieelVerantwoordelijkZorgkantoor);
        Assert.Equal(indicatie.Grondslag!.Select(g => (g.Grondslag, g.Volgorde)), item.Grondslag!.Select(g => (g.Grondslag, g.Volgorde)));
        Assert.Equal(indicatie.Client.ClientID, item.Client.ClientID);
        Assert.Equal(indicatie.Client.GeboorteDatum, item.Client.GeboorteDatum);
        Assert.Equal(indicatie.Client.Geslachtsnaam, item.Client.Geslachtsnaam);
    }

    [Fact]
    public async Task An_uitvoerend_zorgkantoor_reads_the_indicatie_of_a_specificatie_it_executes_with_QIR_0004_ZKu()
    {
        var (indicatieId, uzovi) = Executed().First();
        using var sdk = SdkClient.Create(Sim, Sim.Zorgkantoor(uzovi));

        var result = await sdk.Indicatieregister.GetWlzIndicatieVoorUitvoerendZorgkantoorAsync(indicatieId, new RegisterRequestOptions { Bronhouder = "CIZ" });

        Assert.Equal(indicatieId, Assert.Single(result).WlzindicatieID);
    }

    [Fact]
    public async Task A_query_the_pdp_refuses_surfaces_as_access_denied_with_the_template_id()
    {
        // A zorgkantoor that executes no specificatie of this indicatie: only the PDP (through its PIP) can know,
        // so the SDK's template guard lets the request go and the network refuses it.
        var executed = Executed().ToHashSet();
        var (indicatieId, uzovi) = Sim.Data.GetAll<WlzIndicatieRecord>()
            .SelectMany(i => new[] { "5555", "5556" }.Select(z => (i.WlzindicatieID, z)))
            .First(pair => !executed.Contains(pair));
        using var sdk = SdkClient.Create(Sim, Sim.Zorgkantoor(uzovi));

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Indicatieregister.GetWlzIndicatieVoorUitvoerendZorgkantoorAsync(indicatieId));

        Assert.Equal(IWlzErrorKind.AccessDenied, error.Kind);
        Assert.Equal(IWlzErrorSource.Pep, error.ErrorSource);
        Assert.Equal(403, error.StatusCode);
        Assert.Equal("FORBIDDEN", error.ErrorCode);
        Assert.Equal(IWlzTemplates.QIR0004ZKu, error.TemplateId);
        Assert.Equal("WlzIndicatieVoorUitvoerendZorgkantoor", error.OperationName);
        Assert.StartsWith("wlzIndicatie: Policy: Access Denied", error.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("template QIR-0004-ZKu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_with_consent_acts_on_behalf_of_a_zorgaanbieder()
    {
        var represented = Sim.Zorgaanbieder(Agb);
        var vendor = Sim.Zorgaanbieder("99000088");
        represented.GrantConsent(vendor);
        var spec = Sim.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == Agb);
        var zorgkantoor = Sim.Data.Find<BemiddelingRecord>(spec.BemiddelingID)!.VerantwoordelijkZorgkantoor;

        // The vendor's own certificate; nID issues a token for the represented zorgaanbieder (access_token.sub),
        // and the typed client fills Instelling with the represented party's AGB code.
        using var sdk = SdkClient.Create(Sim, vendor, o => o.ActingOnBehalfOf = "agbcode:" + Agb);
        var result = await sdk.Bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(
            spec.BemiddelingspecificatieID, new RegisterRequestOptions { Bronhouder = zorgkantoor });

        Assert.Equal(Agb, Assert.Single(result).Instelling);
        Assert.Contains(Sim.RecordedRequests, r => r.Party == vendor && r.Endpoint == SimulatorEndpoint.Pep && r.StatusCode == 200);
    }

    [Fact]
    public async Task Acting_on_behalf_of_a_zorgaanbieder_without_consent_is_refused_by_nID()
    {
        var vendor = Sim.Zorgaanbieder("99000089");
        using var sdk = SdkClient.Create(Sim, vendor, o => o.ActingOnBehalfOf = "agbcode:" + Agb);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(
            Guid.NewGuid(), new RegisterRequestOptions { Bronhouder = "5555" }));

        Assert.Equal(IWlzErrorKind.ActingNotPermitted, error.Kind);
        Assert.Equal(IWlzErrorSource.TokenEndpoint, error.ErrorSource);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal(IWlzTemplates.QBR0001ZA, error.TemplateId);
        Assert.DoesNotContain(Sim.RecordedRequests, r => r.Party == vendor && r.Endpoint == SimulatorEndpoint.Pep);
    }

    [Fact]
    public async Task The_token_parser_reads_the_party_from_the_simulators_aggregated_claims()
    {
        var zorgaanbieder = Sim.Zorgaanbieder(Agb);
        var zorgkantoor = Sim.Zorgkantoor("5555");
        using var sdk = SdkClient.Create(Sim, zorgaanbieder);
        using var asZorgkantoor = SdkClient.Create(Sim, zorgkantoor);

        // The simulator signs the inner token under _claim_sources.localhost.JWT (upper case), as nID does.
        var forZorgaanbieder = await sdk.Tokens.GetTokenAsync(
            new NidTokenRequest(Sim.TokenEndpoint, zorgkantoor.RegisterUri, [IWlzScopes.BemiddelingsregisterRead], null, new ClientCertificate(zorgaanbieder.Certificate, IWlzEnvironment.Test)),
            CancellationToken.None);
        var forZorgkantoor = await asZorgkantoor.Tokens.GetTokenAsync(
            new NidTokenRequest(Sim.TokenEndpoint, Sim.Ciz.RegisterUri, [IWlzScopes.IndicatieregisterRead], null, new ClientCertificate(zorgkantoor.Certificate, IWlzEnvironment.Test)),
            CancellationToken.None);

        Assert.Equal(Agb, forZorgaanbieder.Agb);
        Assert.Null(forZorgaanbieder.Uzovi);
        Assert.Equal(zorgaanbieder.VecozoId, forZorgaanbieder.Subject);
        Assert.Equal([IWlzScopes.BemiddelingsregisterRead], forZorgaanbieder.GrantedScopes);
        Assert.Equal("5555", forZorgkantoor.Uzovi);
        Assert.Null(forZorgkantoor.Agb);
    }

    /// <summary>(indicatie, uitvoerend zorgkantoor) for every bemiddelingspecificatie in the seeded Bemiddelingsregisters.</summary>
    private IEnumerable<(Guid IndicatieId, string Uzovi)> Executed() =>
        Sim.Data.GetAll<BemiddelingspecificatieRecord>()
            .Select(s => (Sim.Data.Find<BemiddelingRecord>(s.BemiddelingID)!.WlzIndicatieID, s.UitvoerendZorgkantoor))
            .Where(pair => pair.UitvoerendZorgkantoor is "5555" or "5556")
            .Distinct();
}

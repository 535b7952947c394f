using IWlz.Client.Indicatieregister;
using IWlz.Client.Registers;
using IWlz.Client.Tests.Registers.Infrastructure;
using static IWlz.Client.Tests.Registers.Infrastructure.Parties;
using IndicatieregisterClient = IWlz.Client.Indicatieregister.IndicatieregisterClient;

namespace IWlz.Client.Tests.Registers;

/// <summary>Both Indicatieregister templates through the typed client: variables sent and the full fixture read back.</summary>
public sealed class IndicatieregisterClientTests
{
    private static readonly Guid Indicatie = Guid.Parse("2b0647f6-2e0c-40f8-881e-12017047cf3b");

    [Fact]
    public async Task QIR_0001_ZKi_sends_the_indication_and_own_UZOVI_and_reads_every_field()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new IndicatieregisterClient(executor, Zorgkantoor).GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(Indicatie);

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QIR0001ZKi, request.TemplateId);
        Assert.Equal(WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Document, request.Document);
        Assert.Equal("Indicatieregister", request.ClientName);
        Assert.Equal("""{"wlzIndicatieID":"2b0647f6-2e0c-40f8-881e-12017047cf3b","initieelVerantwoordelijkZorgkantoor":"9902"}""", request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QIR0001ZKi, "wlzIndicatie"), result);
        var indicatie = result[0];
        Assert.Equal(Indicatie, indicatie.WlzindicatieID);
        Assert.Equal(2030491, indicatie.Besluitnummer);
        Assert.Equal(new DateOnly(2022, 7, 31), indicatie.Afgiftedatum);
        Assert.Equal("01", indicatie.Grondslag[0].Grondslag);
        Assert.Equal("5LG", indicatie.GeindiceerdZorgzwaartepakket[0].ZzpCode);
        Assert.Equal("Woonzorg Denkbeeld", indicatie.GeindiceerdZorgzwaartepakket[0].InstellingVoorkeur);
        Assert.Equal("0301", indicatie.Stoornis[0].ZiektebeeldStoornis);
        Assert.Equal("201", indicatie.StoornisScore[0].StoornisVraag);
        Assert.Equal(new DateOnly(2025, 5, 21), indicatie.Wzd!.Einddatum);
        Assert.Equal("999990019", indicatie.Client.Bsn);
        Assert.Equal(new DateOnly(1941, 1, 7), indicatie.Client.GeboorteDatum);
        Assert.Equal("Testmans", indicatie.Client.ContactPersoon[0]!.Geslachtsnaam);
        Assert.Null(result[1].Einddatum);
        Assert.Null(result[1].Wzd);
        Assert.Empty(result[1].Grondslag);
        Assert.Empty(result[1].Beperking);
    }

    [Fact]
    public async Task QIR_0004_ZKu_sends_the_indication_only()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var indicatie = Guid.Parse("4278d519-8b94-4646-a510-ea5a2c48fbf5");
        var result = await new IndicatieregisterClient(executor, Zorgkantoor).GetWlzIndicatieVoorUitvoerendZorgkantoorAsync(indicatie);

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QIR0004ZKu, request.TemplateId);
        Assert.Equal(WlzIndicatieVoorUitvoerendZorgkantoorOperation.Document, request.Document);
        Assert.Equal("""{"wlzIndicatieID":"4278d519-8b94-4646-a510-ea5a2c48fbf5"}""", request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QIR0004ZKu, "wlzIndicatie"), result);
        Assert.Equal(2026336, result[0].Besluitnummer);
        Assert.Equal("Proefplein", result[0].Client.ContactGegevens[0].Adres!.Straatnaam);
        var score = result[0].Beperking[0].BeperkingScore[1];
        Assert.Equal("101", score.BeperkingVraag);
        Assert.Null(score.Commentaar);
        Assert.Empty(result[1].Client.ContactPersoon);
    }
}

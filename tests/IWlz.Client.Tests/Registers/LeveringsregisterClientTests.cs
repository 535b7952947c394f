using IWlz.Client.Leveringsregister;
using IWlz.Client.Registers;
using IWlz.Client.Tests.Registers.Infrastructure;
using static IWlz.Client.Tests.Registers.Infrastructure.Parties;

#pragma warning disable IWLZEXP001 // The Leveringsregister is experimental; these tests switch it on on purpose.
using LeveringsregisterClient = IWlz.Client.Leveringsregister.LeveringsregisterClient;

namespace IWlz.Client.Tests.Registers;

/// <summary>Every Leveringsregister template through the (experimental) typed client.</summary>
public sealed class LeveringsregisterClientTests
{
    private static readonly Guid Id = Guid.Parse("7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9");
    private const string IdJson = "7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9";

    [Fact]
    public async Task QLR_0001_1_ZA_reads_the_levering_of_an_informative_specificatie()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgaanbieder).GetLeveringInformatiefVoorZorgaanbiederMetEinddatumAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0001_1ZA, LeveringInformatiefVoorZorgaanbiederMetEinddatumOperation.Document, $$"""{"bemiddelingspecificatieIDInformatief":"{{IdJson}}"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0001_1ZA, "levering"), result);
        var levering = result[0];
        Assert.Equal(Guid.Parse("20b6b6ff-4ea2-4b2f-a3fd-2af0d1e8863f"), levering.LeveringID);
        Assert.Equal(new DateOnly(2023, 6, 4), levering.Leveringperiodes[0].Sleuteldatum);
        Assert.Equal(new DateOnly(2026, 1, 29), levering.Leveringperiodes[0].Behandelingperiodes[0].Einddatum);
        Assert.Equal(new DateTimeOffset(2022, 1, 18, 16, 21, 34, TimeSpan.FromHours(1)), levering.Uitstelperiodes[0].VaststellingMoment);
        Assert.Equal(TimeSpan.FromHours(1), levering.Uitstelperiodes[0].VaststellingMoment.Offset);
        Assert.Equal("02", levering.Afstel!.Reden);
        Assert.Empty(result[1].Leveringperiodes);
        Assert.Empty(result[1].Uitstelperiodes);
        Assert.Null(result[1].Afstel);
    }

    [Fact]
    public async Task QLR_0001_2_ZA_sends_the_same_document_shape_under_its_own_template()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgaanbieder).GetLeveringInformatiefVoorZorgaanbiederZonderEinddatumAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0001_2ZA, LeveringInformatiefVoorZorgaanbiederZonderEinddatumOperation.Document, $$"""{"bemiddelingspecificatieIDInformatief":"{{IdJson}}"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0001_2ZA, "levering"), result);
        Assert.Equal(Guid.Parse("be11d2c0-5a7c-4fe9-872e-2f5d60efea18"), result[0].Leveringperiodes[0].Behandelingperiodes[0].BehandelingperiodeID);
    }

    [Fact]
    public async Task QLR_0002_ZA_sends_the_verzoekAanbieder_and_own_AGB_as_aanbieder()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgaanbieder).GetVerzoekAanbiederVoorZorgaanbiederAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0002ZA, VerzoekAanbiederVoorZorgaanbiederOperation.Document, $$"""{"verzoekAanbiederID":"{{IdJson}}","aanbieder":"98000044"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0002ZA, "verzoekAanbieder"), result);
        Assert.Equal("98000022", result[0].Aanbieder);
        Assert.Equal("4VG", result[0].Verzoek.Product);
        Assert.Equal("999990019", result[0].Verzoek.Levering.Client.Bsn);
        Assert.Null(result[1].ToewijzingEinddatum);
        Assert.Null(result[1].Opname);
    }

    [Fact]
    public async Task QLR_0003_ZK_reads_the_full_levering()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgkantoor).GetLeveringVoorZorgkantoorAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0003ZK, LeveringVoorZorgkantoorOperation.Document, $$"""{"bemiddelingspecificatieID":"{{IdJson}}"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0003ZK, "levering"), result);
        Assert.Equal(new DateOnly(2023, 10, 28), result[0].Afstel!.Afsteldatum);
    }

    [Fact]
    public async Task QLR_0004_ZK_reads_the_verzoek_with_its_aanbieders()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgkantoor).GetVerzoekVoorZorgkantoorAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0004ZK, VerzoekVoorZorgkantoorOperation.Document, $$"""{"verzoekID":"{{IdJson}}"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0004ZK, "verzoek"), result);
        Assert.Equal("98000033", result[0].VerzoekAanbieders[0].Aanbieder);
        Assert.Equal(new DateOnly(2021, 12, 5), result[0].VerzoekAanbieders[0].ToewijzingEinddatum);
        Assert.Equal("999990081", result[0].Levering.Client.Bsn);
        Assert.Null(result[1].Volume);
    }

    [Fact]
    public async Task QLR_0006_ZK_reads_a_leveringperiode_and_its_levering()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgkantoor).GetLeveringperiodeVoorZorgkantoorAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0006ZK, LeveringperiodeVoorZorgkantoorOperation.Document, $$"""{"leveringperiodeID":"{{IdJson}}"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0006ZK, "leveringperiode"), result);
        Assert.Equal(TimeSpan.FromHours(2), result[0].VaststellingMoment.Offset);
        Assert.Equal("01", result[0].Levering.Uitstelperiodes[0].Reden);
        Assert.Null(result[1].Sleuteldatum);
        Assert.Empty(result[1].Behandelingperiodes);
    }

    [Fact]
    public async Task QLR_0007_ZK_reads_an_uitstelperiode_and_its_levering()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgkantoor).GetUitstelperiodeVoorZorgkantoorAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0007ZK, UitstelperiodeVoorZorgkantoorOperation.Document, $$"""{"uitstelperiodeID":"{{IdJson}}"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0007ZK, "uitstelperiode"), result);
        Assert.Equal(new DateOnly(2023, 7, 12), result[0].Ingangsdatum);
        Assert.Null(result[1].Einddatum);
    }

    [Fact]
    public async Task QLR_0009_ZK_reads_the_levering_of_an_informative_specificatie()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new LeveringsregisterClient(executor, Zorgkantoor).GetLeveringInformatiefVoorUitvoerendZorgkantoorAsync(Id);

        AssertRequest(executor, IWlzTemplates.QLR0009ZK, LeveringInformatiefVoorUitvoerendZorgkantoorOperation.Document, $$"""{"bemiddelingspecificatieIDInformatief":"{{IdJson}}"}""");
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QLR0009ZK, "levering"), result);
        Assert.Equal(Guid.Parse("44fa7247-83b6-434d-a823-9e04beb8c82f"), result[0].Afstel!.AfstelID);
    }

    [Fact]
    public async Task A_null_root_list_is_an_empty_list()
    {
        var executor = RecordingExecutor.Answering("""{"data":{"levering":null}}""");

        var result = await new LeveringsregisterClient(executor, Zorgkantoor).GetLeveringVoorZorgkantoorAsync(Id);

        Assert.Empty(result);
    }

    private static void AssertRequest(RecordingExecutor executor, string templateId, string document, string variables)
    {
        var request = executor.Single;
        Assert.Equal(templateId, request.TemplateId);
        Assert.Equal("Leveringsregister", request.ClientName);
        Assert.Equal(document, request.Document);
        Assert.Equal(variables, request.VariablesJson);
    }
}

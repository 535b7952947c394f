using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Tests.Registers.Infrastructure;
using static IWlz.Client.Tests.Registers.Infrastructure.Parties;
using BemiddelingsregisterClient = IWlz.Client.Bemiddelingsregister.BemiddelingsregisterClient;

namespace IWlz.Client.Tests.Registers;

/// <summary>
/// Every Bemiddelingsregister template through the typed client: the exact variables sent (own identity from
/// the configured party, derived dates from TemplateDates), the document, and the fixture read back in full.
/// </summary>
public sealed class BemiddelingsregisterClientTests
{
    private static readonly Guid Specificatie = Guid.Parse("0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21");

    [Fact]
    public async Task QBR_0001_ZA_sends_the_specificatie_and_own_AGB_and_reads_every_field()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new BemiddelingsregisterClient(executor, Zorgaanbieder).GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie);

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0001ZA, request.TemplateId);
        Assert.Equal(BemiddelingspecificatieVoorZorgaanbiederOperation.Document, request.Document);
        Assert.Equal("BemiddelingspecificatieVoorZorgaanbieder", request.OperationName);
        Assert.Equal("""{"BemiddelingspecificatieID":"0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21","Instelling":"98000044"}""", request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0001ZA, "bemiddelingspecificatie"), result);
        Assert.Equal(3, result.Count);
        var first = result[0];
        Assert.Equal(Guid.Parse("9d0dd084-aff3-49e2-b426-49c6957360ec"), first.BemiddelingspecificatieID);
        Assert.Equal("5LG", first.ZzpCode);
        Assert.Equal(new DateOnly(2023, 3, 5), first.ToewijzingEinddatum);
        Assert.Equal(new DateTimeOffset(2021, 9, 27, 13, 28, 5, TimeSpan.Zero), first.VaststellingMoment);
        Assert.Equal(100, first.Percentage);
        Assert.Equal("999990111", first.Bemiddeling.Client.Bsn);
        Assert.Equal(Guid.Parse("17a32fe7-85db-4c7b-8274-b1ba15578335"), first.Bemiddeling.WlzIndicatieID);
        Assert.Null(result[1].ToewijzingEinddatum);
        Assert.Null(result[1].Instelling);
    }

    [Fact]
    public async Task QBR_0002_ZA_derives_both_dates_and_keeps_the_null_literals_in_the_document()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new BemiddelingsregisterClient(executor, Zorgaanbieder)
            .GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(Specificatie, new DateOnly(2022, 3, 1), new DateOnly(2024, 2, 29));

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0002ZA, request.TemplateId);
        Assert.Equal(BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumOperation.Document, request.Document);
        Assert.Equal(
            """{"BemiddelingspecificatieID":"0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21","Instelling":"98000044","ToewijzingIngangsdatum":"2022-03-01","ToewijzingEinddatum":"2024-02-29","ToewijzingEinddatum2Jaar":"2026-02-28","ToewijzingEinddatum31Mei":"2025-05-31"}""",
            request.VariablesJson);
        Assert.Contains("{or:[{einddatum:{eq:null}}{einddatum:{gte:$ToewijzingIngangsdatum}}]}", request.Document, StringComparison.Ordinal);
        Assert.Contains("{toewijzingEinddatum:{eq:null}}", request.Document, StringComparison.Ordinal);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0002ZA, "bemiddelingspecificatie"), result);
        var client = result[0].Bemiddeling.Client;
        var persoon = client.Contactpersoon[0];
        Assert.Equal("Verzonnen", persoon.Geslachtsnaam);
        Assert.Equal(new DateOnly(1934, 2, 17), persoon.Geboortedatum);
        Assert.Equal(3, persoon.Volgorde);
        Assert.Equal("Denkbeeldlaan", persoon.Contactgegevens[0].Straatnaam);
        Assert.Equal(153, persoon.Contactgegevens[0].Huisnummer);
        Assert.Null(persoon.Contactgegevens[1].Straatnaam);
        Assert.Empty(client.Contactpersoon[1].Contactgegevens);
        Assert.Equal("Fictieweg", client.Contactgegevens[0].Straatnaam);
        Assert.Equal("98000022", result[0].Bemiddeling.Regiehouder[1].Instelling);
        Assert.Null(result[0].Bemiddeling.Regiehouder[1].Einddatum);
        Assert.Equal(Guid.Parse("5fc54820-ad0a-4b47-a308-df65ce00e06f"), result[0].Bemiddeling.Bemiddelingspecificatie[1].BemiddelingspecificatieID);
        Assert.Empty(result[1].Bemiddeling.Client.Contactpersoon);
        Assert.Empty(result[1].Bemiddeling.Bemiddelingspecificatie);
        Assert.Empty(result[1].Bemiddeling.Regiehouder);
    }

    [Fact]
    public async Task QBR_0003_ZA_sends_the_start_date_only()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new BemiddelingsregisterClient(executor, Zorgaanbieder)
            .GetBemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumAsync(Specificatie, new DateOnly(2021, 12, 31));

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0003ZA, request.TemplateId);
        Assert.Equal(BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumOperation.Document, request.Document);
        Assert.Equal(
            """{"BemiddelingspecificatieID":"0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21","Instelling":"98000044","ToewijzingIngangsdatum":"2021-12-31"}""",
            request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0003ZA, "bemiddelingspecificatie"), result);
        Assert.Equal(new DateOnly(2020, 3, 14), result[0].ToewijzingIngangsdatum);
        Assert.Equal(59, result[0].Bemiddeling.Client.Contactpersoon[0].Contactgegevens[0].Huisnummer);
        Assert.Equal(111, result[0].Bemiddeling.Client.Contactgegevens[0].Huisnummer);
        Assert.Equal(new DateOnly(2024, 10, 9), result[0].Bemiddeling.Regiehouder[0].Einddatum);
        Assert.Null(result[1].Percentage);
    }

    [Fact]
    public async Task QBR_0004_ZKu_sends_the_own_UZOVI_as_uitvoerendZorgkantoor()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new BemiddelingsregisterClient(executor, Zorgkantoor).GetBemiddelingspecificatieVoorUitvoerendZorgkantoorAsync(Specificatie);

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0004ZKu, request.TemplateId);
        Assert.Equal(BemiddelingspecificatieVoorUitvoerendZorgkantoorOperation.Document, request.Document);
        Assert.Equal("""{"bemiddelingspecificatieId":"0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21","uitvoerendZorgkantoor":"9902"}""", request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0004ZKu, "bemiddelingspecificatie"), result);
        Assert.Equal(Guid.Parse("20f47bc5-848f-4b05-9c7f-86d2cbd6b1cc"), result[0].BemiddelingspecificatieID);
        Assert.Equal("Nederlands", result[0].Bemiddeling.Client.Taal);
        Assert.Equal(new DateOnly(2023, 2, 11), result[0].Bemiddeling.VerantwoordelijkheidIngangsdatum);
    }

    [Fact]
    public async Task QBR_0005_ZKu_derives_the_dates_from_the_end_date()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new BemiddelingsregisterClient(executor, Zorgkantoor)
            .GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumAsync(Specificatie, new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31));

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0005ZKu, request.TemplateId);
        Assert.Equal(BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumOperation.Document, request.Document);
        Assert.Equal(
            """{"BemiddelingspecificatieID":"0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21","UitvoerendZorgkantoor":"9902","ToewijzingIngangsdatum":"2023-01-01","ToewijzingEinddatum":"2024-12-31","ToewijzingEinddatum2Jaar":"2026-12-31","ToewijzingEinddatum31Mei":"2025-05-31"}""",
            request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0005ZKu, "bemiddelingspecificatie"), result);
        Assert.Equal(1, result[0].Bemiddeling.Client.Contactpersoon[0].Volgorde);
        Assert.Equal(94, result[0].Bemiddeling.Client.Contactpersoon[0].Contactgegevens[0].Huisnummer);
        Assert.Equal("98000033", result[0].Bemiddeling.Regiehouder[0].Instelling);
    }

    [Fact]
    public async Task QBR_0006_ZKu_sends_the_start_date_only()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var result = await new BemiddelingsregisterClient(executor, Zorgkantoor)
            .GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumAsync(Specificatie, new DateOnly(2022, 5, 9));

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0006ZKu, request.TemplateId);
        Assert.Equal(BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumOperation.Document, request.Document);
        Assert.Equal(
            """{"bemiddelingspecificatieId":"0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21","uitvoerendZorgkantoor":"9902","ToewijzingIngangsdatum":"2022-05-09"}""",
            request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0006ZKu, "bemiddelingspecificatie"), result);
        Assert.Equal(Guid.Parse("96776498-400b-47ab-b1a4-dd74bc9e2a36"), result[0].Bemiddeling.Bemiddelingspecificatie[0].BemiddelingspecificatieID);
        Assert.Equal(60, result[0].Bemiddeling.Client.Contactpersoon[0].Contactgegevens[0].Huisnummer);
    }

    [Fact]
    public async Task QBR_0007_ZKn_sends_the_overdracht_and_own_UZOVI()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var overdracht = Guid.Parse("4d2f1e0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f");
        var result = await new BemiddelingsregisterClient(executor, Zorgkantoor).GetOverdrachtVoorNieuwVerantwoordelijkZorgkantoorAsync(overdracht);

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0007ZKn, request.TemplateId);
        Assert.Equal(OverdrachtVoorNieuwVerantwoordelijkZorgkantoorOperation.Document, request.Document);
        Assert.Equal("""{"overdrachtID":"4d2f1e0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f","verantwoordelijkZorgkantoor":"9902"}""", request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0007ZKn, "overdracht"), result);
        Assert.Equal(new DateOnly(2023, 4, 18), result[0].OverdrachtDatum);
        Assert.Equal("01", result[0].Overdrachtspecificatie[0].LeveringsstatusClassificatie);
        Assert.Equal(Guid.Parse("227089dd-9842-4aeb-9ab9-ad766bc23e9e"), result[0].Overdrachtspecificatie[0].Bemiddelingspecificatie.BemiddelingspecificatieID);
        Assert.Empty(result[1].Overdrachtspecificatie);
    }

    [Fact]
    public async Task QBR_0008_ZKn_sends_the_transfer_date()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var overdracht = Guid.Parse("4d2f1e0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f");
        var result = await new BemiddelingsregisterClient(executor, Zorgkantoor)
            .GetOverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorAsync(overdracht, new DateOnly(2024, 7, 1));

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0008ZKn, request.TemplateId);
        Assert.Equal(OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorOperation.Document, request.Document);
        Assert.Equal(
            """{"overdrachtID":"4d2f1e0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f","verantwoordelijkZorgkantoor":"9902","overdrachtDatum":"2024-07-01"}""",
            request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0008ZKn, "overdracht"), result);
        Assert.Equal(1, result[0].Bemiddeling.Client.Contactgegevens[0].Huisnummer);
        Assert.Equal(40, result[0].Bemiddeling.Client.Contactpersoon[0].Contactgegevens[0].Huisnummer);
        Assert.Equal(new DateOnly(2023, 3, 23), result[0].VerhuisDatum);
    }

    [Fact]
    public async Task QBR_0009_ZAr_sends_the_regiehouder_and_own_AGB()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var regiehouder = Guid.Parse("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d");
        var result = await new BemiddelingsregisterClient(executor, Zorgaanbieder).GetRegiehouderVoorZorgaanbiederAsync(regiehouder);

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0009ZAr, request.TemplateId);
        Assert.Equal(RegiehouderVoorZorgaanbiederOperation.Document, request.Document);
        Assert.Equal("""{"regiehouderID":"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d","Instelling":"98000044"}""", request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0009ZAr, "regiehouder"), result);
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public async Task QBR_0010_CIZ_sends_the_indication_only()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var indicatie = Guid.Parse("68573cd1-0816-49ea-8f21-7eaa19010f6b");
        var result = await new BemiddelingsregisterClient(executor, Ciz).GetBemiddelingVoorCizAsync(indicatie);

        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0010CIZ, request.TemplateId);
        Assert.Equal(BemiddelingVoorCizOperation.Document, request.Document);
        Assert.Equal("""{"wlzIndicatieID":"68573cd1-0816-49ea-8f21-7eaa19010f6b"}""", request.VariablesJson);

        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0010CIZ, "bemiddeling"), result);
        Assert.Equal(["9902", "9903", "9901"], result.Select(b => b.VerantwoordelijkZorgkantoor));
        Assert.Equal(indicatie, result[0].WlzIndicatieID);
    }

    [Fact]
    public async Task An_empty_result_is_an_empty_list_not_an_error()
    {
        var executor = RecordingExecutor.Answering("""{"data":{"bemiddelingspecificatie":[]}}""");

        var result = await new BemiddelingsregisterClient(executor, Zorgaanbieder).GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie);

        Assert.Empty(result);
    }

    [Fact]
    public async Task Errors_in_the_response_surface_as_GraphQLResponseException_without_the_variables()
    {
        var executor = RecordingExecutor.Answering("""{"data":null,"errors":[{"message":"Unexpected Execution Error"}]}""");

        var ex = await Assert.ThrowsAsync<GraphQLResponseException>(() =>
            new BemiddelingsregisterClient(executor, Zorgaanbieder).GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie));

        Assert.Contains("Unexpected Execution Error", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Specificatie.ToString(), ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(AgbCode, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resource_URL_of_another_zorgkantoor_goes_with_the_request()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var register = new Uri("https://bemiddeling.zorgkantoor-5501.example/graphql");

        await new BemiddelingsregisterClient(executor, Zorgaanbieder)
            .GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie, new RegisterRequestOptions { ResourceUri = register });

        Assert.Equal(register, executor.Single.Options?.ResourceUri);
    }
}

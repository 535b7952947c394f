using System.Text.Json.Nodes;
using GraphQL.Transport;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Internal.Registers;
using IWlz.Client.Testing.Internal.Schemas;

namespace IWlz.Client.Testing.Tests;

/// <summary>
/// The register engine's filtering and ordering, run directly against a Bemiddelingsregister
/// partition (the bronhouder's own view, without the PEP) over records made for each test.
/// </summary>
public sealed class FilterSemanticsTests : IAsyncLifetime
{
    private static readonly Guid ClientA = Guid.Parse("11111111-1111-4111-8111-111111111111");
    private static readonly Guid ClientB = Guid.Parse("22222222-2222-4222-8222-222222222222");
    private static readonly Guid BemiddelingA = Guid.Parse("33333333-3333-4333-8333-333333333333");
    private static readonly Guid BemiddelingB = Guid.Parse("44444444-4444-4444-8444-444444444444");
    private IWlzNetworkSimulator sim = null!;

    public async Task InitializeAsync()
    {
        sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SeedData = false, SendNotifications = false });
        await sim.Data.SaveAsync(new ClientRecord { ClientID = ClientA, Bsn = "111222333", Taal = "NL" });
        await sim.Data.SaveAsync(new ClientRecord { ClientID = ClientB, Bsn = "123456782", Taal = null });
        await sim.Data.SaveAsync(Bemiddeling(BemiddelingA, ClientA));
        await sim.Data.SaveAsync(Bemiddeling(BemiddelingB, ClientB));
        await sim.Data.SaveAsync(Spec("aaaaaaaa-0000-4000-8000-000000000001", BemiddelingA, "4VV", new(2024, 1, 1), null, 100, "99000011"));
        await sim.Data.SaveAsync(Spec("aaaaaaaa-0000-4000-8000-000000000002", BemiddelingA, "5VV", new(2023, 1, 1), new(2023, 12, 31), 50, "99000022"));
        await sim.Data.SaveAsync(Spec("aaaaaaaa-0000-4000-8000-000000000003", BemiddelingB, "6VV", new(2024, 6, 1), new(2025, 5, 31), null, null));
    }

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Theory]
    [InlineData("{ zzpCode: { eq: \"4VV\" } }", "1")]
    [InlineData("{ zzpCode: { neq: \"4VV\" } }", "2,3")]
    [InlineData("{ zzpCode: { in: [\"4VV\", \"6VV\"] } }", "1,3")]
    [InlineData("{ zzpCode: { nin: [\"4VV\", \"6VV\"] } }", "2")]
    [InlineData("{ zzpCode: { contains: \"V\" } }", "1,2,3")]
    [InlineData("{ zzpCode: { startsWith: \"5\" } }", "2")]
    [InlineData("{ zzpCode: { nstartsWith: \"5\" } }", "1,3")]
    [InlineData("{ zzpCode: { endsWith: \"vv\" } }", "")]
    [InlineData("{ instelling: { ncontains: \"11\" } }", "2,3")]
    [InlineData("{ toewijzingEinddatum: { eq: null } }", "1")]
    [InlineData("{ toewijzingEinddatum: { neq: null } }", "2,3")]
    [InlineData("{ toewijzingEinddatum: { gt: \"2024-01-01\" } }", "3")]
    [InlineData("{ toewijzingEinddatum: { ngt: \"2024-01-01\" } }", "1,2")]
    [InlineData("{ toewijzingIngangsdatum: { gte: \"2024-01-01\" } }", "1,3")]
    [InlineData("{ toewijzingIngangsdatum: { ngte: \"2024-01-01\" } }", "2")]
    [InlineData("{ toewijzingIngangsdatum: { lt: \"2024-01-01\" } }", "2")]
    [InlineData("{ toewijzingIngangsdatum: { nlt: \"2024-01-01\" } }", "1,3")]
    [InlineData("{ toewijzingIngangsdatum: { lte: \"2024-01-01\" } }", "1,2")]
    [InlineData("{ toewijzingIngangsdatum: { nlte: \"2024-01-01\" } }", "3")]
    [InlineData("{ percentage: { gte: 60 } }", "1")]
    [InlineData("{ percentage: { ngte: 60 } }", "2,3")]
    [InlineData("{ or: [{ zzpCode: { eq: \"4VV\" } }, { percentage: { eq: 50 } }] }", "1,2")]
    [InlineData("{ and: [{ percentage: { neq: null } }, { toewijzingEinddatum: { eq: null } }] }", "1")]
    [InlineData("{ zzpCode: { or: [{ eq: \"4VV\" }, { eq: \"6VV\" }] } }", "1,3")]
    [InlineData("{ bemiddeling: { clientID: { eq: \"22222222-2222-4222-8222-222222222222\" } } }", "3")]
    [InlineData("{ bemiddeling: { client: { taal: { eq: \"NL\" } } } }", "1,2")]
    [InlineData("{ bemiddelingspecificatieID: { in: [\"aaaaaaaa-0000-4000-8000-000000000002\"] } }", "2")]
    public async Task Root_where_filters_behave_like_the_registers(string where, string expected)
    {
        var result = await Query($"{{ bemiddelingspecificatie(where: {where}) {{ bemiddelingspecificatieID }} }}");
        var ids = result["bemiddelingspecificatie"]!.AsArray().Select(n => n!["bemiddelingspecificatieID"]!.GetValue<string>()[^1..]);
        Assert.Equal(expected, string.Join(",", ids));
    }

    [Theory]
    [InlineData("{ bemiddelingspecificatie: { some: { zzpCode: { eq: \"5VV\" } } } }", "A")]
    [InlineData("{ bemiddelingspecificatie: { all: { toewijzingEinddatum: { neq: null } } } }", "B")]
    [InlineData("{ bemiddelingspecificatie: { none: { zzpCode: { eq: \"6VV\" } } } }", "A")]
    [InlineData("{ bemiddelingspecificatie: { any: true } }", "A,B")]
    [InlineData("{ bemiddelingspecificatie: { any: false } }", "")]
    public async Task List_filters_behave_like_the_registers(string where, string expected)
    {
        var result = await Query($"{{ bemiddeling(where: {where}) {{ bemiddelingID }} }}");
        var names = result["bemiddeling"]!.AsArray().Select(n => Guid.Parse(n!["bemiddelingID"]!.GetValue<string>()) == BemiddelingA ? "A" : "B");
        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task Nested_lists_take_where_and_order()
    {
        var result = await Query("""
            {
              bemiddeling(where: { bemiddelingID: { eq: "33333333-3333-4333-8333-333333333333" } }) {
                asc: bemiddelingspecificatie(order: [{ toewijzingIngangsdatum: ASC }]) { zzpCode }
                desc: bemiddelingspecificatie(order: [{ toewijzingIngangsdatum: DESC }]) { zzpCode }
                open: bemiddelingspecificatie(where: { toewijzingEinddatum: { eq: null } }) { zzpCode }
              }
            }
            """);
        var bemiddeling = result["bemiddeling"]![0]!;
        Assert.Equal("5VV,4VV", Codes(bemiddeling["asc"]!));
        Assert.Equal("4VV,5VV", Codes(bemiddeling["desc"]!));
        Assert.Equal("4VV", Codes(bemiddeling["open"]!));
    }

    [Fact]
    public async Task Ordering_puts_missing_values_first_and_sorts_by_related_fields()
    {
        var byEnd = await Query("{ client(where: { bsn: { eq: \"111222333\" } }) { bemiddeling { bemiddelingspecificatie(order: [{ toewijzingEinddatum: ASC }]) { zzpCode } } } }");
        Assert.Equal("4VV,5VV", Codes(byEnd["client"]![0]!["bemiddeling"]![0]!["bemiddelingspecificatie"]!));

        var byRelated = await Query("{ client(where: { bsn: { eq: \"111222333\" } }) { bemiddeling(order: [{ client: { bsn: DESC } }, { wlzIndicatieID: ASC }]) { bemiddelingID } } }");
        Assert.Single(byRelated["client"]![0]!["bemiddeling"]!.AsArray());
    }

    [Fact]
    public async Task Filter_only_fields_of_the_schema_are_honoured()
    {
        var result = await Query("{ client(where: { bemiddeling: { some: { bemiddelingID: { eq: \"44444444-4444-4444-8444-444444444444\" } } } }) { bsn } }");
        Assert.Equal("123456782", result["client"]![0]!["bsn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_queries_fail_with_validation_errors_not_canned_data()
    {
        var request = new GraphQLRequest { Query = "{ bemiddelingspecificatie { nope } }" };
        var (status, body) = await GraphQLRunner.ExecuteAsync(RegisterKind.Bemiddelingsregister, request, Partition(), new Dictionary<string, object?>(), CancellationToken.None);
        Assert.Equal(400, status);
        Assert.Contains("nope", JsonNode.Parse(body)!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private object Partition() => TestAccess.Context(sim).Store.Current.Partition(RegisterKind.Bemiddelingsregister, "5555");

    private async Task<JsonNode> Query(string query)
    {
        var (status, body) = await GraphQLRunner.ExecuteAsync(RegisterKind.Bemiddelingsregister, new GraphQLRequest { Query = query }, Partition(), new Dictionary<string, object?>(), CancellationToken.None);
        Assert.True(status == 200, body);
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["errors"]);
        return json["data"]!;
    }

    private static string Codes(JsonNode list) => string.Join(",", list.AsArray().Select(n => n!["zzpCode"]!.GetValue<string>()));

    private static BemiddelingRecord Bemiddeling(Guid id, Guid client) => new()
    {
        BemiddelingID = id,
        ClientID = client,
        WlzIndicatieID = Guid.NewGuid(),
        VerantwoordelijkZorgkantoor = "5555",
        VerantwoordelijkheidIngangsdatum = new DateOnly(2023, 1, 1),
    };

    private static BemiddelingspecificatieRecord Spec(string id, Guid bemiddeling, string zzp, DateOnly start, DateOnly? end, int? percentage, string? instelling) => new()
    {
        BemiddelingspecificatieID = Guid.Parse(id),
        BemiddelingID = bemiddeling,
        Leveringsvorm = "1",
        ZzpCode = zzp,
        ToewijzingIngangsdatum = start,
        ToewijzingEinddatum = end,
        Instelling = instelling,
        UitvoerendZorgkantoor = "5555",
        VaststellingMoment = new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.Zero),
        Percentage = percentage,
        SoortToewijzing = "01",
    };
}

using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;

namespace IWlz.Client.Testing.Tests;

[Collection(SharedNetworkCollection.Name)]
public sealed class PepPolicyTests(SharedNetwork network)
{
    private const string Qbr0001Subset = """
        query Spec($BemiddelingspecificatieID: UUID!, $Instelling: String!) {
          bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: $Instelling } }) {
            id: bemiddelingspecificatieID
            zzpCode
            bemiddeling { wlzIndicatieID client { bsn } }
          }
        }
        """;

    private IWlzNetworkSimulator Sim => network.Simulator;

    private BemiddelingspecificatieRecord CurrentSpecOf(string agb) =>
        Sim.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == agb && s.ToewijzingEinddatum is null);

    private (BemiddelingspecificatieRecord Spec, string Zorgkantoor) Located(BemiddelingspecificatieRecord spec) =>
        (spec, Sim.Data.Find<BemiddelingRecord>(spec.BemiddelingID)!.VerantwoordelijkZorgkantoor);

    [Fact]
    public async Task Allows_a_subset_of_a_template_with_aliases_and_returns_the_real_record()
    {
        var (spec, zk) = Located(CurrentSpecOf("99000011"));
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(zk).RegisterUri, Qbr0001Subset, new { spec.BemiddelingspecificatieID, Instelling = "99000011" });

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/graphql-response+json", answer.MediaType);
        var result = answer.Data!["bemiddelingspecificatie"]!.AsArray();
        var item = Assert.Single(result)!;
        Assert.Equal(spec.BemiddelingspecificatieID.ToString(), item["id"]!.GetValue<string>());
        Assert.Equal(spec.ZzpCode, item["zzpCode"]!.GetValue<string>());
        var bsn = item["bemiddeling"]!["client"]!["bsn"]!.GetValue<string>();
        Assert.True(IWlz.Client.Privacy.Bsn.IsValid(bsn));
    }

    [Fact]
    public async Task Refuses_a_field_the_template_does_not_have()
    {
        var (spec, zk) = Located(CurrentSpecOf("99000011"));
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        var query = Qbr0001Subset.Replace("zzpCode", "zzpCode pgbPercentage", StringComparison.Ordinal);
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(zk).RegisterUri, query, new { spec.BemiddelingspecificatieID, Instelling = "99000011" });

        Assert.Equal(403, answer.Status);
        Assert.Equal("FORBIDDEN", answer.FirstErrorCode);
        Assert.StartsWith("bemiddelingspecificatie: Policy: Access Denied", answer.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains("pgbPercentage", answer.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_own_identity_filter_with_another_agb()
    {
        var (spec, zk) = Located(CurrentSpecOf("99000022"));
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(zk).RegisterUri, Qbr0001Subset, new { spec.BemiddelingspecificatieID, Instelling = "99000022" });

        Assert.Equal(403, answer.Status);
        Assert.Contains("$Instelling must be the caller's own AGB code", answer.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_arguments_that_differ_from_the_template()
    {
        var (spec, zk) = Located(CurrentSpecOf("99000011"));
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        const string widened = """
            query($BemiddelingspecificatieID: UUID!, $Instelling: String!) {
              bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { neq: $Instelling } }) { zzpCode }
            }
            """;
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(zk).RegisterUri, widened, new { spec.BemiddelingspecificatieID, Instelling = "99000011" });
        Assert.Equal(403, answer.Status);
        Assert.Contains("not in the template", answer.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("renamed", "query Spec($id: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $id }, instelling: { eq: $Instelling } }) { zzpCode } }",
        "bemiddelingspecificatie(where).bemiddelingspecificatieID.eq must be the template's variable $BemiddelingspecificatieID")]
    [InlineData("inline", "query Spec($BemiddelingspecificatieID: UUID!) { bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: \"99000011\" } }) { zzpCode } }",
        "bemiddelingspecificatie(where).instelling.eq must be the template's variable $Instelling")]
    [InlineData("defaulted", "query Spec($BemiddelingspecificatieID: UUID!, $Instelling: String! = \"99000011\") { bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: $Instelling } }) { zzpCode } }",
        "$Instelling must be sent in the request's variables, not as a default value in the document")]
    public async Task Refuses_a_template_variable_that_is_renamed_written_inline_or_left_to_a_default(string how, string query, string reason)
    {
        // The PDP reads the template's required variables by name from the request's variables (docs/spec-decisions.md).
        var (spec, zk) = Located(CurrentSpecOf("99000011"));
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        object variables = how == "renamed"
            ? new { id = spec.BemiddelingspecificatieID, Instelling = "99000011" }
            : new { spec.BemiddelingspecificatieID };

        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(zk).RegisterUri, query, variables);

        Assert.Equal(403, answer.Status);
        Assert.Contains(reason, answer.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_template_of_another_role()
    {
        var (spec, zk) = Located(CurrentSpecOf("99000011"));
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        const string zku = """
            query($bemiddelingspecificatieId: UUID!, $uitvoerendZorgkantoor: String!) {
              bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $bemiddelingspecificatieId }, uitvoerendZorgkantoor: { eq: $uitvoerendZorgkantoor } }) { zzpCode }
            }
            """;
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(zk).RegisterUri, zku, new { bemiddelingspecificatieId = spec.BemiddelingspecificatieID, uitvoerendZorgkantoor = zk });
        Assert.Equal(403, answer.Status);
        Assert.Equal("FORBIDDEN", answer.FirstErrorCode);
    }

    [Fact]
    public async Task Refuses_two_operations()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor("5555").RegisterUri, "query A { client { bsn } } query B { client { bsn } }");
        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
        Assert.Equal("client: Only one operation at the time is supported.", answer.FirstErrorMessage);
    }

    [Fact]
    public async Task Refuses_two_root_fields()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor("5555").RegisterUri, "{ client { bsn } bemiddeling { bemiddelingID } }");
        Assert.Equal(400, answer.Status);
        Assert.Equal("client: Only one selectionset in an operation is supported.", answer.FirstErrorMessage);
    }

    [Fact]
    public async Task Answers_the_legacy_shape_for_an_unknown_root_field_or_bad_syntax()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        var unknown = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor("5555").RegisterUri, "{ wlzIndicatie { bsn } }");
        Assert.Equal(400, unknown.Status);
        Assert.Equal("bad_request", unknown.Json!["ErrorCode"]!.GetValue<string>());
        Assert.Equal("No operation found to evaluate", unknown.Json!["Error"]!.GetValue<string>());

        var syntax = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor("5555").RegisterUri, "{ client { bsn ");
        Assert.Equal(400, syntax.Status);
        Assert.Equal("Invalid Query Syntax", syntax.Json!["Error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refuses_a_token_without_a_scope_for_the_register()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        var answer = await raw.QueryAsync(RawNetwork.LrRead, Sim.Zorgkantoor("5555").RegisterUri, Qbr0001Subset, new { BemiddelingspecificatieID = Guid.NewGuid(), Instelling = "99000011" });
        Assert.Equal(400, answer.Status);
        Assert.Equal("bemiddelingspecificatie: Scope is not allowed", answer.FirstErrorMessage);
    }

    [Fact]
    public async Task Refuses_a_write_only_scope_for_a_query()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        var answer = await raw.QueryAsync("registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create", Sim.Zorgkantoor("5555").RegisterUri, "{ client { bsn } }");
        Assert.Equal(403, answer.Status);
        Assert.Equal("client: Request Does Not Match Scopes", answer.FirstErrorMessage);
    }

    [Fact]
    public async Task Answers_401_text_for_a_missing_or_forged_token()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        var forged = await raw.QueryAsync("eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhdXRoLm5pZCJ9.c2ln", "{ client { bsn } }");
        Assert.Equal(401, forged.Status);
        Assert.Equal("text/plain", forged.MediaType);
    }

    [Fact]
    public async Task Refuses_a_token_presented_with_another_certificate()
    {
        using var owner = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        var token = await owner.GetTokenAsync(RawNetwork.BrRead, Sim.Zorgkantoor("5555").RegisterUri);
        using var thief = new RawNetwork(Sim, Sim.Zorgkantoor("5556"));
        var answer = await thief.QueryAsync(token, "{ client { bsn } }");
        Assert.Equal(401, answer.Status);
    }

    [Fact]
    public async Task A_zorgkantoor_may_query_bemiddelingen_of_its_own_register_only_with_its_own_filter()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        var own = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor("5555").RegisterUri,
            "{ bemiddeling(where: { verantwoordelijkZorgkantoor: { eq: \"5555\" } }) { verantwoordelijkZorgkantoor } }");
        Assert.Equal(200, own.Status);
        var expected = Sim.Data.GetAll<BemiddelingRecord>().Count(b => b.VerantwoordelijkZorgkantoor == "5555");
        Assert.Equal(expected, own.Data!["bemiddeling"]!.AsArray().Count);

        var unfiltered = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor("5555").RegisterUri, "{ bemiddeling { verantwoordelijkZorgkantoor } }");
        Assert.Equal(403, unfiltered.Status);
    }

    [Fact]
    public async Task The_ciz_template_works_for_the_ciz_and_not_for_a_zorgaanbieder()
    {
        var bemiddeling = Sim.Data.GetAll<BemiddelingRecord>()[0];
        const string query = "query($wlzIndicatieID: UUID!) { bemiddeling(where: { wlzIndicatieID: { eq: $wlzIndicatieID } }) { verantwoordelijkZorgkantoor } }";
        using var ciz = new RawNetwork(Sim, Sim.Ciz);
        var allowed = await ciz.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(bemiddeling.VerantwoordelijkZorgkantoor).RegisterUri, query, new { wlzIndicatieID = bemiddeling.WlzIndicatieID });
        Assert.Equal(200, allowed.Status);
        Assert.Equal(bemiddeling.VerantwoordelijkZorgkantoor, allowed.Data!["bemiddeling"]![0]!["verantwoordelijkZorgkantoor"]!.GetValue<string>());

        using var za = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        var refused = await za.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(bemiddeling.VerantwoordelijkZorgkantoor).RegisterUri, query, new { wlzIndicatieID = bemiddeling.WlzIndicatieID });
        Assert.Equal(403, refused.Status);
    }

    [Fact]
    public async Task The_indicatieregister_template_requires_the_initial_zorgkantoor()
    {
        var indicatie = Sim.Data.GetAll<WlzIndicatieRecord>()[0];
        const string query = """
            query($wlzIndicatieID: UUID!, $initieelVerantwoordelijkZorgkantoor: String!) {
              wlzIndicatie(where: { wlzindicatieID: { eq: $wlzIndicatieID }, initieelVerantwoordelijkZorgkantoor: { eq: $initieelVerantwoordelijkZorgkantoor } }) {
                wlzindicatieID bsn client { geslachtsnaam contactGegevens { adres { plaatsnaam } } }
              }
            }
            """;
        using var own = new RawNetwork(Sim, Sim.Zorgkantoor(indicatie.InitieelVerantwoordelijkZorgkantoor));
        var allowed = await own.QueryAsync(RawNetwork.IrRead, Sim.Ciz.RegisterUri, query, new { wlzIndicatieID = indicatie.WlzindicatieID, initieelVerantwoordelijkZorgkantoor = indicatie.InitieelVerantwoordelijkZorgkantoor });
        Assert.Equal(200, allowed.Status);
        Assert.Equal(indicatie.Client.Geslachtsnaam, allowed.Data!["wlzIndicatie"]![0]!["client"]!["geslachtsnaam"]!.GetValue<string>());

        var other = indicatie.InitieelVerantwoordelijkZorgkantoor == "5555" ? "5556" : "5555";
        using var stranger = new RawNetwork(Sim, Sim.Zorgkantoor(other));
        var refused = await stranger.QueryAsync(RawNetwork.IrRead, Sim.Ciz.RegisterUri, query, new { wlzIndicatieID = indicatie.WlzindicatieID, initieelVerantwoordelijkZorgkantoor = indicatie.InitieelVerantwoordelijkZorgkantoor });
        Assert.Equal(403, refused.Status);
        Assert.Contains("$initieelVerantwoordelijkZorgkantoor must be the caller's own UZOVI code", refused.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_register_only_serves_its_own_bronhouder_data()
    {
        var (spec, zk) = Located(CurrentSpecOf("99000011"));
        var otherZk = zk == "5555" ? "5556" : "5555";
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        var answer = await raw.QueryAsync(RawNetwork.BrRead, Sim.Zorgkantoor(otherZk).RegisterUri, Qbr0001Subset, new { spec.BemiddelingspecificatieID, Instelling = "99000011" });
        Assert.Equal(200, answer.Status);
        Assert.Empty(answer.Data!["bemiddelingspecificatie"]!.AsArray());
    }
}

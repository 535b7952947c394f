using System.Text;
using IWlz.Client.AddressBook;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Tests.AddressBook;

public sealed class AddressBookTests
{
    // Our own fictitious address book in the adresboek format: both separators, mixed role spellings, two environments.
    private const string Book = """
        {
          "_comment": "test address book",
          "electronicServices": [
            {
              "description": "Indicatieregister (test)",
              "gegevensdienstId": "CIZ_INDICATIE_TST",
              "weergavenaam": "CIZ Indicatieregister TST",
              "authorizationEndpoint": { "authorizationEndpointuri": "https://pep.tst.example/pep" },
              "tokenEndpoint": { "tokenEndpointuri": "https://nid.tst.example/token" },
              "systeemrollen": [ { "systeemrolcode": "Register", "resourceEndpoint": { "resourceEndpointuri": "https://ciz.tst.example/indicatieregister/v2/graphql" } } ]
            },
            {
              "description": "Indicatieregister (productie)",
              "gegevensdienstId": "CIZ-REGISTER-PRD",
              "weergavenaam": "CIZ Indicatieregister PRD",
              "authorizationEndpoint": { "authorizationEndpointuri": "https://pep.prd.example/pep" },
              "tokenEndpoint": { "tokenEndpointuri": "https://nid.prd.example/token" },
              "systeemrollen": [ { "systeemrolcode": "REGISTER", "resourceEndpoint": { "resourceEndpointuri": "https://ciz.prd.example/indicatieregister/v2/graphql" } } ]
            },
            {
              "description": "Zorgkantoor 5555",
              "gegevensdienstId": "5555_REGISTER_TST",
              "weergavenaam": "Zorgkantoor 5555",
              "type": "zorgkantoor",
              "authorizationEndpoint": { "authorizationEndpointuri": "https://pep.tst.example/pep" },
              "tokenEndpoint": { "tokenEndpointuri": "https://nid.tst.example/token" },
              "systeemrollen": [
                { "systeemrolcode": "REGISTER", "resourceEndpoint": { "resourceEndpointuri": "https://zk5555.tst.example/bemiddelingsregister/graphql" } },
                { "systeemrolcode": "NOTIFICATIE_BEMIDDELING", "resourceEndpoint": { "resourceEndpointuri": "https://zk5555.tst.example/netwerkpunt/notificatie" } },
                { "systeemrolcode": "MELDING", "resourceEndpoint": { "resourceEndpointuri": "https://zk5555.tst.example/netwerkpunt/melding" } }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Resolves_by_gegevensdienstId_with_either_separator_and_any_case()
    {
        using var sdk = Sdk(configureEndpoints: false);
        var directory = sdk.Provider.GetRequiredService<IServiceDirectory>();

        var register = directory.FindByGegevensdienstId("5555-register-tst", null)!;
        var melding = directory.FindByGegevensdienstId("5555_REGISTER_TST", "melding")!;
        var notificatie = directory.FindByGegevensdienstId("5555_register_tst", "notificatie-bemiddeling")!;

        Assert.Equal("https://zk5555.tst.example/bemiddelingsregister/graphql", register.ResourceUri.OriginalString);
        Assert.Equal("https://pep.tst.example/pep", register.PepEndpoint.OriginalString);
        Assert.Equal("https://nid.tst.example/token", register.TokenEndpoint.OriginalString);
        Assert.Equal("https://zk5555.tst.example/netwerkpunt/melding", melding.ResourceUri.OriginalString);
        Assert.Equal("https://zk5555.tst.example/netwerkpunt/notificatie", notificatie.ResourceUri.OriginalString);
        Assert.Null(directory.FindByGegevensdienstId("9999_REGISTER_TST", null));
    }

    [Fact]
    public void Resolves_an_organisation_by_role_in_the_configured_environment_only()
    {
        using var test = Sdk();
        using var production = Sdk(IWlzEnvironment.Production);

        var cizTest = test.Provider.GetRequiredService<IServiceDirectory>().FindByOrganisation("ciz", "REGISTER")!;
        var cizProduction = production.Provider.GetRequiredService<IServiceDirectory>().FindByOrganisation("CIZ", "register")!;

        Assert.Equal("CIZ_INDICATIE_TST", cizTest.GegevensdienstId); // "Register" and the INDICATIE function still match
        Assert.Equal("https://ciz.tst.example/indicatieregister/v2/graphql", cizTest.ResourceUri.OriginalString);
        Assert.Equal("https://ciz.prd.example/indicatieregister/v2/graphql", cizProduction.ResourceUri.OriginalString);
        Assert.Null(production.Provider.GetRequiredService<IServiceDirectory>().FindByOrganisation("5555", "REGISTER"));
    }

    [Fact]
    public void Resource_url_finds_its_entry_or_falls_back_to_the_defaults()
    {
        using var sdk = Sdk(configureEndpoints: false);
        var directory = sdk.Provider.GetRequiredService<IServiceDirectory>();

        var known = directory.ForResource(new Uri("https://ZK5555.tst.example/bemiddelingsregister/graphql/"));
        var unknown = directory.ForResource(new Uri("https://elsewhere.example/graphql"));

        Assert.Equal("5555_REGISTER_TST", known.GegevensdienstId);
        Assert.Equal(IWlzWellKnownEndpoints.TestPepEndpoint, unknown.PepEndpoint);
        Assert.Equal(IWlzWellKnownEndpoints.TestTokenEndpoint, unknown.TokenEndpoint);
        Assert.Equal("https://elsewhere.example/graphql", unknown.ResourceUri.OriginalString);
    }

    [Fact]
    public void Built_in_defaults_follow_the_environment_and_every_url_is_overridable()
    {
        Assert.Equal("https://tst-api.vecozo.nl/tst/netwerkmodel/v3/pep", IWlzWellKnownEndpoints.PepEndpoint(IWlzEnvironment.Test).OriginalString);
        Assert.Equal("https://api.vecozo.nl/netwerkmodel/v3/auth/token", IWlzWellKnownEndpoints.TokenEndpoint(IWlzEnvironment.Production).OriginalString);

        using var sdk = Sdk(); // the harness overrides both endpoints
        var overridden = sdk.Provider.GetRequiredService<IServiceDirectory>().FindByGegevensdienstId("5555_REGISTER_TST", null)!;
        Assert.Equal("https://override.example/pep", overridden.PepEndpoint.OriginalString);
        Assert.Equal("https://override.example/token", overridden.TokenEndpoint.OriginalString);
    }

    [Fact]
    public async Task Indicatieregister_call_is_routed_through_the_address_book()
    {
        using var network = FakeNetwork.Start();
        network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]}}""");
        using var sdk = SdkHarness.Create(network.PepEndpoint, network.TokenEndpoint, build: b => b.UseAddressBook(Load(Book)));

        await sdk.Executor.ExecuteAsync(TestOperations.IndicatieQuery, TestOperations.Variables(), null, CancellationToken.None);

        var body = network.TokenRequests.Single().RequestMessage!.Body!;
        Assert.Contains("\"audience\":\"https://ciz.tst.example/indicatieregister/v2/graphql\"", body, StringComparison.Ordinal);
        Assert.Contains("\"scope\":\"registers/wlzindicatieregister/indicaties/indicatie:read\"", body, StringComparison.Ordinal);
        Assert.Single(network.PepRequests);
    }

    [Fact]
    public void Loads_from_a_file_and_rejects_a_missing_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Book);
            Assert.Equal(3, AddressBookDocument.Load(path).Entries.Count);
        }
        finally
        {
            File.Delete(path);
        }

        var missing = Assert.Throws<AddressBookException>(() => AddressBookDocument.Load(path));
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"tokenEndpoint\"", "\"tokenEndpointX\"", "tokenEndpoint: a required object is missing")]
    [InlineData("https://nid.tst.example/token", "http://nid.tst.example/token", "tokenEndpoint.tokenEndpointuri: 'http://nid.tst.example/token' is not an absolute https URL")]
    [InlineData("\"weergavenaam\": \"Zorgkantoor 5555\",", "", "weergavenaam: a required field is missing")]
    [InlineData("5555_REGISTER_TST", "5555_REGISTER_XYZ", "the environment 'XYZ' is not TST, ACC or PRD")]
    [InlineData("5555_REGISTER_TST", "CIZ_INDICATIE_TST", "already used by electronicServices[0]")]
    public void Invalid_entries_are_reported_with_index_id_and_field(string find, string replace, string expected)
    {
        var broken = ReplaceInThirdEntry(find, replace);

        var error = Assert.Throws<AddressBookException>(() => Load(broken));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(2, problem.Index);
        Assert.Contains(expected, problem.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("electronicServices[2] (", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Role_without_resource_url_and_malformed_json_are_reported()
    {
        var noResource = ReplaceInThirdEntry("\"resourceEndpoint\": { \"resourceEndpointuri\": \"https://zk5555.tst.example/netwerkpunt/melding\" }", "\"resourceEndpoint\": { }");
        var roleError = Assert.Throws<AddressBookException>(() => Load(noResource));
        Assert.Equal("systeemrollen[2].resourceEndpoint.resourceEndpointuri", Assert.Single(roleError.Problems).Field);

        var json = Assert.Throws<AddressBookException>(() => Load("{ \"electronicServices\": [ { ]"));
        Assert.Null(Assert.Single(json.Problems).Index);

        var empty = Assert.Throws<AddressBookException>(() => Load("{}"));
        Assert.Equal("electronicServices", Assert.Single(empty.Problems).Field);
    }

    private static string ReplaceInThirdEntry(string find, string replace)
    {
        var third = Book.IndexOf("\"description\": \"Zorgkantoor 5555\"", StringComparison.Ordinal);
        var at = Book.IndexOf(find, third, StringComparison.Ordinal);
        return string.Concat(Book.AsSpan(0, at), replace, Book.AsSpan(at + find.Length));
    }

    private static AddressBookDocument Load(string json) => AddressBookDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static SdkHarness Sdk(IWlzEnvironment environment = IWlzEnvironment.Test, bool configureEndpoints = true) =>
        SdkHarness.Create(
            new Uri("https://override.example/pep"),
            new Uri("https://override.example/token"),
            certificateEnvironment: environment,
            configure: o =>
            {
                o.Environment = environment;
                if (!configureEndpoints)
                {
                    o.Endpoints.PepEndpoint = null;
                    o.Endpoints.TokenEndpoint = null;
                }
            },
            build: b => b.UseAddressBook(Load(Book)));
}

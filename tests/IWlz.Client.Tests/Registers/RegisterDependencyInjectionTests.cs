using System.Text;
using System.Text.Json;
using IWlz.Client.AddressBook;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Indicatieregister;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Registers.Infrastructure;
using IWlz.Client.Transport.Internal;
using IWlz.Client.Identity.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using BR = IWlz.Client.Bemiddelingsregister;
using LR = IWlz.Client.Leveringsregister;

#pragma warning disable IWLZEXP001 // The Leveringsregister tests switch the experimental register on on purpose.

namespace IWlz.Client.Tests.Registers;

/// <summary>
/// The register clients as <c>AddIWlzClient</c> registers them, in front of the real transport (mutual TLS to a
/// WireMock PEP and nID): the request on the wire, the party identity from configuration, the address book,
/// and the template rules on every path.
/// </summary>
public sealed class RegisterDependencyInjectionTests : IDisposable
{
    private const string OwnAgb = "12345678"; // SdkHarness configures a zorgaanbieder with this AGB code.
    private static readonly Guid Specificatie = Guid.Parse("0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21");
    private readonly FakeNetwork _network = FakeNetwork.Start();

    public void Dispose() => _network.Dispose();

    [Fact]
    public async Task The_typed_client_sends_exactly_the_template_and_its_variables_to_the_PEP_and_reads_the_answer()
    {
        _network.WithToken().WithPep(200, File.ReadAllText(RecordingExecutor.FixturePath(IWlzTemplates.QBR0001ZA)));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var result = await sdk.Provider.GetRequiredService<IBemiddelingsregisterClient>().GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie);

        var body = Assert.Single(_network.PepRequests).RequestMessage!.Body;
        Assert.Equal(
            "{\"query\":\"" + BR.BemiddelingspecificatieVoorZorgaanbiederOperation.Document + "\","
            + "\"operationName\":\"BemiddelingspecificatieVoorZorgaanbieder\","
            + "\"variables\":{\"BemiddelingspecificatieID\":\"0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21\",\"Instelling\":\"12345678\"}}",
            body);
        FixtureAssert.Matches(FixtureAssert.RootList(IWlzTemplates.QBR0001ZA, "bemiddelingspecificatie"), result);
        var token = JsonDocument.Parse(Assert.Single(_network.TokenRequests).RequestMessage!.Body!).RootElement;
        Assert.Equal(FakeNetwork.ResourceUri, token.GetProperty("audience").GetString());
    }

    [Fact]
    public async Task Bronhouder_finds_that_zorgkantoors_register_in_the_address_book()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]}}""");
        var book = $$"""
            {"electronicServices":[{
              "description": "Zorgkantoor 5501",
              "gegevensdienstId": "5501_REGISTER_TST",
              "weergavenaam": "Zorgkantoor 5501",
              "authorizationEndpoint": { "authorizationEndpointuri": "{{_network.PepEndpoint}}" },
              "tokenEndpoint": { "tokenEndpointuri": "{{_network.TokenEndpoint}}" },
              "systeemrollen": [ { "systeemrolcode": "REGISTER", "resourceEndpoint": { "resourceEndpointuri": "https://zk5501.tst.example/bemiddelingsregister/graphql" } } ]
            }]}
            """;
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint,
            build: b => b.UseAddressBook(AddressBookDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(book)))));
        var client = sdk.Provider.GetRequiredService<IBemiddelingsregisterClient>();

        var result = await client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie, new RegisterRequestOptions { Bronhouder = "5501" });

        Assert.Empty(result);
        var token = JsonDocument.Parse(Assert.Single(_network.TokenRequests).RequestMessage!.Body!).RootElement;
        Assert.Equal("https://zk5501.tst.example/bemiddelingsregister/graphql", token.GetProperty("audience").GetString());

        var unknown = await Assert.ThrowsAsync<IWlzException>(() => client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie, new RegisterRequestOptions { Bronhouder = "5599" }));
        Assert.Equal(IWlzErrorKind.Configuration, unknown.Kind);
        Assert.Contains("no REGISTER service of organisation 5599", unknown.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie, new RegisterRequestOptions { Bronhouder = "98000044" }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(
            Specificatie, new RegisterRequestOptions { Bronhouder = "5501", ResourceUri = new Uri("https://zk5501.tst.example/bemiddelingsregister/graphql") }));
        Assert.Single(_network.PepRequests);
    }

    [Fact]
    public async Task The_generated_low_level_client_from_the_container_refuses_another_AGB_without_calling_the_network()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        var lowLevel = sdk.Provider.GetRequiredService<BR.IBemiddelingsregisterGraphQLClient>();

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => lowLevel.BemiddelingspecificatieVoorZorgaanbiederAsync(
            new BR.BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = Specificatie, Instelling = "87654321" }));

        Assert.Equal(TemplateViolation.OwnIdentityMismatch, ex.Violation);
        Assert.Empty(_network.Server.LogEntries);
        Assert.IsType<TemplateGuardExecutor>(sdk.Provider.GetRequiredService<IGraphQLExecutor>());
        Assert.IsType<PepGraphQLExecutor>(((TemplateGuardExecutor)sdk.Provider.GetRequiredService<IGraphQLExecutor>()).Inner);
    }

    [Fact]
    public async Task A_zorgkantoor_acting_on_behalf_of_another_one_sends_that_ones_UZOVI()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o =>
        {
            o.Party.Role = IWlzPartyRole.Zorgkantoor;
            o.Party.Code = "9902";
            o.ActingOnBehalfOf = "uzovi:5501";
        });
        var identity = sdk.Provider.GetRequiredService<IWlzPartyIdentity>().GetIdentity();
        Assert.Equal(PartyIdentity.Zorgkantoor("5501"), identity);

        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]}}""");
        await sdk.Provider.GetRequiredService<IBemiddelingsregisterClient>().GetBemiddelingspecificatieVoorUitvoerendZorgkantoorAsync(Specificatie);

        var variables = JsonDocument.Parse(Assert.Single(_network.PepRequests).RequestMessage!.Body!).RootElement.GetProperty("variables");
        Assert.Equal("5501", variables.GetProperty("uitvoerendZorgkantoor").GetString());
    }

    [Fact]
    public async Task A_zorgaanbieder_calling_a_zorgkantoor_template_is_refused_with_the_role_named()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() =>
            sdk.Provider.GetRequiredService<IIndicatieregisterClient>().GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(Guid.NewGuid()));

        Assert.Equal(TemplateViolation.RoleNotAllowed, ex.Violation);
        Assert.Contains("the initially responsible zorgkantoor (ZKi), but the configured party is a Zorgaanbieder", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_network.Server.LogEntries);
    }

    [Fact]
    public void An_unusable_party_configuration_names_the_key()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Party.Code = "123");

        var ex = Assert.Throws<OptionsValidationException>(() => sdk.Provider.GetRequiredService<IWlzPartyIdentity>().GetIdentity());

        Assert.Contains("IWlz:Party:Code must be the zorgaanbieder's AGB code: 8 digits.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IWlzPartyRole.Zorgaanbieder, "123", null, "IWlz:Party does not name a valid party: A Zorgaanbieder's AGB code has exactly 8 digits.")]
    [InlineData(IWlzPartyRole.Unspecified, "12345678", null, "IWlz:Party does not name a valid party: The party role must be Zorgaanbieder, Zorgkantoor or Indicatieorgaan, not Unspecified.")]
    [InlineData(IWlzPartyRole.Zorgaanbieder, "12345678", "vecozo:1", "IWlz:ActingOnBehalfOf does not name a valid party: It must be 'agbcode:' followed by 8 digits or 'uzovi:' followed by 4 digits.")]
    [InlineData(IWlzPartyRole.Zorgkantoor, "9902", "agbcode:1234", "IWlz:ActingOnBehalfOf does not name a valid party: A Zorgaanbieder's AGB code has exactly 8 digits.")]
    public void Without_start_up_validation_an_unusable_party_is_a_configuration_error(IWlzPartyRole role, string code, string? actingOnBehalfOf, string message)
    {
        var options = new IWlzClientOptions { ActingOnBehalfOf = actingOnBehalfOf };
        options.Party.Role = role;
        options.Party.Code = code;

        var ex = Assert.Throws<IWlzException>(() => new ConfiguredPartyIdentity(new FixedOptionsMonitor(options)).GetIdentity());

        Assert.Equal(IWlzErrorKind.Configuration, ex.Kind);
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData(IWlzPartyRole.Zorgaanbieder, "12345678", null, IWlzPartyRole.Zorgaanbieder, "12345678")]
    [InlineData(IWlzPartyRole.Indicatieorgaan, "62253778", null, IWlzPartyRole.Indicatieorgaan, "62253778")]
    [InlineData(IWlzPartyRole.Zorgaanbieder, "12345678", "agbcode:87654321", IWlzPartyRole.Zorgaanbieder, "87654321")]
    [InlineData(IWlzPartyRole.Zorgaanbieder, "12345678", "uzovi:5501", IWlzPartyRole.Zorgkantoor, "5501")]
    public void The_configured_identity_is_the_party_acted_for_when_there_is_one(IWlzPartyRole role, string code, string? actingOnBehalfOf, IWlzPartyRole expectedRole, string expectedCode)
    {
        var options = new IWlzClientOptions { ActingOnBehalfOf = actingOnBehalfOf };
        options.Party.Role = role;
        options.Party.Code = code;

        Assert.Equal(new PartyIdentity(expectedRole, expectedCode), new ConfiguredPartyIdentity(new FixedOptionsMonitor(options)).GetIdentity());
    }

    [Fact]
    public async Task The_Leveringsregister_is_off_until_AddLeveringsregisterClient_is_called()
    {
        using (var off = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint))
        {
            Assert.Null(off.Provider.GetService<IWlz.Client.Leveringsregister.ILeveringsregisterClient>());
            Assert.Null(off.Provider.GetService<LR.ILeveringsregisterGraphQLClient>());
            var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => off.Provider.GetRequiredService<IGraphQLExecutor>().ExecuteAsync(
                LR.VerzoekVoorZorgkantoorOperation.Descriptor, new LR.VerzoekVoorZorgkantoorVariables { VerzoekID = Guid.NewGuid() }, null, CancellationToken.None));
            Assert.Equal(TemplateViolation.ExperimentalRegisterNotEnabled, ex.Violation);
        }

        _network.WithToken().WithPep(200, """{"data":{"verzoekAanbieder":null}}""");
        using var on = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o =>
            o.Services[IWlzServiceNames.Leveringsregister] = new ServiceOptions { ResourceUri = new Uri("https://lr.aanbieder.example/graphql") },
            build: b => b.AddLeveringsregisterClient());
        Assert.NotNull(on.Provider.GetService<LR.ILeveringsregisterGraphQLClient>());

        var result = await on.Provider.GetRequiredService<IWlz.Client.Leveringsregister.ILeveringsregisterClient>().GetVerzoekAanbiederVoorZorgaanbiederAsync(Guid.NewGuid());

        Assert.Empty(result);
        var variables = JsonDocument.Parse(Assert.Single(_network.PepRequests).RequestMessage!.Body!).RootElement.GetProperty("variables");
        Assert.Equal(OwnAgb, variables.GetProperty("aanbieder").GetString());
    }

    [Fact]
    public void The_guard_is_added_once_and_wraps_an_executor_registered_before_AddIWlzClient()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var services = new ServiceCollection();
        services.AddSingleton<IGraphQLExecutor>(recorder);
        services.AddIWlzClient(o => o.Party.Code = OwnAgb);
        services.AddIWlzClient(o => o.Party.Role = IWlzPartyRole.Zorgaanbieder);
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IGraphQLExecutor));
        var guarded = Assert.IsType<TemplateGuardExecutor>(provider.GetRequiredService<IGraphQLExecutor>());
        Assert.Same(recorder, guarded.Inner);
    }

    private sealed class FixedOptionsMonitor(IWlzClientOptions value) : IOptionsMonitor<IWlzClientOptions>
    {
        public IWlzClientOptions CurrentValue => value;

        public IWlzClientOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<IWlzClientOptions, string?> listener) => null;
    }
}

using IWlz.Client.Audit;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Indicatieregister;
using IWlz.Client.Registers;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Parties;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// Register reads through the typed clients (the way vendors query) write a NEN 7513 record per query and per
/// token request, against the simulated network: Actiecode R, the template's operation as Zoekvraag, the
/// identifiers asked for as objects, and Resultaat 2 when the PDP refuses.
/// </summary>
public sealed class RegisterReadAuditTests : IAsyncLifetime
{
    private const string Agb = "99000011";
    private IWlzNetworkSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { Seed = 21 });

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task A_typed_bemiddelingsregister_read_writes_a_read_record_with_the_host_context()
    {
        var specificatie = _simulator.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == Agb);
        var zorgkantoor = _simulator.Data.Find<BemiddelingRecord>(specificatie.BemiddelingID)!.VerantwoordelijkZorgkantoor;
        var sink = new RecordingAuditSink();
        await using var sdk = Create(_simulator.Zorgaanbieder(Agb), sink, o => o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions { GegevensdienstId = $"{zorgkantoor}-register-tst" });
        var who = new AuditContext { ResponsibleUserId = "j.jansen@zorgaanbieder.example", ResponsibleUserRoleCode = "01", AuthorizationProtocol = "iWlz-zorgaanbieder", ConsentProfile = "behandelrelatie" };

        var result = await sdk.GetRequiredService<IBemiddelingsregisterClient>()
            .GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatie.BemiddelingspecificatieID, new RegisterRequestOptions { Audit = who });

        Assert.Single(result);
        var query = Assert.Single(sink.WithCode(IWlzAuditEventCodes.Query));
        Assert.Equal(AuditAction.Read, query.Event.Action);
        Assert.Equal(AuditResult.Success, query.Event.Result);
        Assert.Equal("j.jansen@zorgaanbieder.example", query.Users[0].ResponsibleUserId);
        Assert.Equal("03", query.Users[0].RoleCode);
        var subject = Assert.Single(query.Objects, o => o.IdentifierType == "BemiddelingspecificatieID");
        Assert.Equal(specificatie.BemiddelingspecificatieID.ToString(), subject.Identifier);
        Assert.Equal("BemiddelingspecificatieVoorZorgaanbieder", subject.Query);
        Assert.Equal("iWlz-zorgaanbieder", subject.AuthorizationProtocol);
        Assert.DoesNotContain(query.Objects, o => o.Identifier == Agb); // the instelling is an organisation, not an object
        Assert.Equal(AuditResult.Success, Assert.Single(sink.WithCode(IWlzAuditEventCodes.TokenRequest)).Event.Result);
        Assert.Empty(AuditRecordValidator.FindMissingFields(query));
    }

    [Fact]
    public async Task A_typed_indicatieregister_read_the_pdp_refuses_is_recorded_as_refused()
    {
        var executed = _simulator.Data.GetAll<BemiddelingspecificatieRecord>()
            .Select(s => (_simulator.Data.Find<BemiddelingRecord>(s.BemiddelingID)!.WlzIndicatieID, s.UitvoerendZorgkantoor))
            .ToHashSet();
        var (indicatieId, uzovi) = _simulator.Data.GetAll<WlzIndicatieRecord>()
            .SelectMany(i => new[] { "5555", "5556" }.Select(z => (i.WlzindicatieID, z)))
            .First(pair => !executed.Contains(pair));
        var sink = new RecordingAuditSink();
        await using var sdk = Create(_simulator.Zorgkantoor(uzovi), sink);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.GetRequiredService<IIndicatieregisterClient>().GetWlzIndicatieVoorUitvoerendZorgkantoorAsync(indicatieId));

        Assert.Equal(403, error.StatusCode);
        var query = Assert.Single(sink.WithCode(IWlzAuditEventCodes.Query));
        Assert.Equal(AuditAction.Read, query.Event.Action);
        Assert.Equal(AuditResult.Refused, query.Event.Result);
        var subject = Assert.Single(query.Objects);
        Assert.Equal("wlzIndicatieID", subject.IdentifierType);
        Assert.Equal(indicatieId.ToString(), subject.Identifier);
        Assert.Equal("WlzIndicatieVoorUitvoerendZorgkantoor", subject.Query);
    }

    [Fact]
    public async Task A_query_the_template_guard_refuses_is_recorded_as_refused_without_reaching_the_network()
    {
        const string WithContactData = "query MetContactgegevens($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { zzpCode bemiddeling { client { contactgegevens { postcode } } } } }";
        var template = BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;
        var operation = new GraphQLOperation<BemiddelingspecificatieVoorZorgaanbiederVariables, BemiddelingspecificatieVoorZorgaanbiederResult>(
            "MetContactgegevens", GraphQLOperationKind.Query, WithContactData, "not-checked", "Bemiddelingsregister", ["bemiddelingspecificatie"], template.VariablesTypeInfo, template.DataTypeInfo)
        { TemplateId = IWlzTemplates.QBR0001ZA };
        var specificatieId = Guid.NewGuid();
        var sink = new RecordingAuditSink();
        await using var sdk = Create(_simulator.Zorgaanbieder(Agb), sink);
        _simulator.ClearRecordedRequests();

        await Assert.ThrowsAsync<TemplateViolationException>(() => sdk.GetRequiredService<IGraphQLExecutor>().ExecuteAsync(
            operation, new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = specificatieId, Instelling = Agb }, null, CancellationToken.None));

        var refused = Assert.Single(sink.WithCode(IWlzAuditEventCodes.Query));
        Assert.Equal(AuditAction.Read, refused.Event.Action);
        Assert.Equal(AuditResult.Refused, refused.Event.Result);
        var register = Assert.Single(refused.Objects);
        Assert.Equal("Bemiddelingsregister", register.Identifier);
        Assert.Equal("MetContactgegevens", register.Query);
        Assert.DoesNotContain(refused.Objects, o => o.Identifier == specificatieId.ToString());
        Assert.Empty(sink.WithCode(IWlzAuditEventCodes.TokenRequest));
        Assert.Empty(_simulator.RecordedRequests);
    }

    private ServiceProvider Create(SimulatedParty party, RecordingAuditSink sink, Action<IWlzClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIWlzClient(o => configure?.Invoke(o)).UseSimulator(_simulator, party);
        services.AddIWlzAuditing(o => o.SystemUserRoleCode = "03");
        services.AddSingleton<IIWlzAuditSink>(sink);
        return services.BuildServiceProvider();
    }
}

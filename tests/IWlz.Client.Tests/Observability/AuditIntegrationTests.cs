using System.Text.Json.Serialization;
using IWlz.Client.Audit;
using IWlz.Client.GraphQL;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Observability;

/// <summary>NEN 7513 records written by the real stack (executor, token client, handlers) against WireMock over TLS.</summary>
public sealed class AuditIntegrationTests : IDisposable
{
    private const string IndicatieData = """{"data":{"wlzIndicatie":[]}}""";
    private const string IndicatieId = "0b7c6a4e-3f1d-4c2a-9e8b-5d6f7a8b9c0d";
    private const string RecordId = "Bemiddelingspecificatie/2c1f9e7a-6b5d-4e3c-8a1f-0e9d8c7b6a5f";
    private readonly FakeNetwork _network = FakeNetwork.Start();
    private readonly RecordingAuditSink _sink = new();

    [Fact]
    public async Task A_query_writes_a_token_record_and_a_query_record_with_what_the_sdk_knows()
    {
        var now = new DateTimeOffset(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create(time: new FakeTimeProvider(now));

        await sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None);

        var token = Assert.Single(_sink.WithCode(IWlzAuditEventCodes.TokenRequest));
        Assert.Equal(AuditAction.Execute, token.Event.Action);
        Assert.Equal(AuditResult.Success, token.Event.Result);
        Assert.Equal(now, token.Event.StartedAt);
        Assert.Equal(TestPki.Zorgaanbieder.Subject, token.Users[0].UserId);
        Assert.Equal("iwlz.audience", token.Objects[0].IdentifierType);
        Assert.Equal(FakeNetwork.ResourceUri, token.Objects[0].Identifier);
        Assert.Equal(_network.TokenEndpoint.GetLeftPart(UriPartial.Path), token.LogData.Location);

        var query = Assert.Single(_sink.WithCode(IWlzAuditEventCodes.Query));
        Assert.Equal(AuditAction.Read, query.Event.Action);
        Assert.Equal(AuditResult.Success, query.Event.Result);
        Assert.Equal(now, query.Event.StartedAt);
        Assert.Equal(TimeSpan.Zero, query.Event.StartedAt!.Value.Offset);
        Assert.Equal("IWlz.Client", query.LogData.Source);
        Assert.Equal(_network.PepEndpoint.GetLeftPart(UriPartial.Path), query.LogData.Location);
        Assert.Equal("03", query.Users[0].RoleCode);
        var obj = Assert.Single(query.Objects);
        Assert.Equal("wlzIndicatieID", obj.IdentifierType);
        Assert.Equal(IndicatieId, obj.Identifier);
        Assert.Equal("GetWlzIndicatieVoorIndicatieID", obj.Query); // Zoekvraag: the operation name only

        var xml = AuditRecordXmlSerializer.Serialize(query);
        Assert.DoesNotContain(AuditOperations.IndicatieDocument, xml, StringComparison.Ordinal);
        Assert.DoesNotContain("{", xml, StringComparison.Ordinal);
        Assert.Null(query.TraceId); // not linked to trace IDs unless asked for
    }

    [Fact]
    public async Task Audit_records_never_reach_the_technical_log()
    {
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create();

        await sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None);

        Assert.NotEmpty(_sink.Records);
        Assert.DoesNotContain(IndicatieId, sdk.AllLogText(), StringComparison.Ordinal);
        Assert.DoesNotContain(sdk.Logs.Records, r => r.State.Any(kv => kv.Value?.ToString()?.Contains(IndicatieId, StringComparison.Ordinal) == true));
    }

    [Theory]
    [InlineData(403, """{"errors":[{"message":"Policy: Access Denied","extensions":{"code":"FORBIDDEN"}}]}""", AuditResult.Refused)]
    [InlineData(401, "token is not valid", AuditResult.Refused)]
    [InlineData(500, """{"errors":[{"message":"internal"}]}""", AuditResult.Error)]
    [InlineData(400, """{"errors":[{"message":"Syntax Error","extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", AuditResult.Error)]
    public async Task A_refused_or_failed_query_is_recorded_with_its_result(int status, string body, AuditResult expected)
    {
        _network.WithToken().WithPep(status, body, status == 401 ? "text/plain" : "application/json");
        using var sdk = Create(configure: o => o.Resilience.MaxRetryAttempts = 0);

        await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None));

        var query = Assert.Single(_sink.WithCode(IWlzAuditEventCodes.Query));
        Assert.Equal(expected, query.Event.Result);
        Assert.Equal(IndicatieId, query.Objects.Single().Identifier);
    }

    [Fact]
    public async Task A_token_request_nID_refuses_is_recorded_as_refused()
    {
        _network.WithTokenError(403, """{"error":"invalid_client","error_description":"Not Allowed"}""", "application/json");
        using var sdk = Create();

        await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None));

        Assert.Equal(AuditResult.Refused, Assert.Single(_sink.WithCode(IWlzAuditEventCodes.TokenRequest)).Event.Result);
        Assert.Equal(AuditResult.Refused, Assert.Single(_sink.WithCode(IWlzAuditEventCodes.Query)).Event.Result);
        Assert.Empty(_network.PepRequests);
    }

    [Fact]
    public async Task A_melding_sent_is_recorded_as_create_with_its_record_ids()
    {
        _network.WithToken().WithPep(200, """{"data":{"zendMelding":{"meldingID":"7d2b9f4e-1c3a-4b5d-8e6f-9a0b1c2d3e4f"}}}""");
        using var sdk = Create(configure: o => o.Services[IWlzServiceNames.Netwerkpunt] = new ServiceOptions { ResourceUri = new Uri(FakeNetwork.ResourceUri) });

        await sdk.Executor.ExecuteAsync(
            AuditOperations.Melding,
            AuditOperations.MeldingVariables(RecordId),
            new GraphQLRequestOptions { Scopes = ["melding:create"] },
            CancellationToken.None);

        var melding = Assert.Single(_sink.WithCode(IWlzAuditEventCodes.MeldingSent));
        Assert.Equal(AuditAction.Create, melding.Event.Action);
        Assert.Equal(AuditResult.Success, melding.Event.Result);
        var obj = Assert.Single(melding.Objects);
        Assert.Equal("recordID", obj.IdentifierType);
        Assert.Equal(RecordId, obj.Identifier);
        Assert.Equal("ZendMelding", obj.Query);
    }

    [Fact]
    public async Task Fail_closed_refuses_the_call_before_the_register_is_asked_when_no_record_can_be_written()
    {
        _sink.FailWhen = _ => true;
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create(audit: o => o.FailureMode = AuditFailureMode.FailClosed);

        await Assert.ThrowsAsync<AuditFailedException>(() => sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None));

        Assert.Empty(_network.PepRequests); // the token request's record failed, so the register was never queried
        Assert.Contains(sdk.Logs.Records, r => r.EventId.Id == 9002 && r.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Fail_closed_withholds_the_data_when_the_query_record_cannot_be_written()
    {
        _sink.FailWhen = r => r.Event.Code == IWlzAuditEventCodes.Query;
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create(audit: o => o.FailureMode = AuditFailureMode.FailClosed);

        var error = await Assert.ThrowsAsync<AuditFailedException>(() => sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None));

        Assert.Single(_network.PepRequests);
        Assert.IsType<IOException>(error.InnerException);
        Assert.DoesNotContain(IndicatieId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_open_returns_the_data_and_logs_the_sink_failure_as_an_error()
    {
        _sink.FailWhen = _ => true;
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create(audit: o => o.FailureMode = AuditFailureMode.FailOpen);

        var response = await sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, sdk.Logs.Records.Count(r => r.EventId.Id == 9002 && r.Level == LogLevel.Error)); // token and query record
        Assert.DoesNotContain(IndicatieId, sdk.AllLogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_per_call_audit_context_reaches_the_query_and_its_token_request()
    {
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create();
        var context = new AuditContext
        {
            ResponsibleUserId = "j.jansen@zorgaanbieder.example",
            ResponsibleUserRoleCode = "01",
            AuthorizationProtocol = "iWlz-POL-110",
            ConsentProfile = "behandelrelatie",
            Checks = new AuditChecks(true, true, false, false),
        };

        await sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, new GraphQLRequestOptions { Audit = context }, CancellationToken.None);

        Assert.Equal(2, _sink.Records.Count);
        Assert.All(_sink.Records, record =>
        {
            Assert.Equal("j.jansen@zorgaanbieder.example", record.Users[0].ResponsibleUserId);
            Assert.Equal("iWlz-POL-110", record.Objects[0].AuthorizationProtocol);
            Assert.Equal("TTFF", record.Event.Checks?.ToString());
            Assert.Empty(AuditRecordValidator.FindMissingFields(record));
        });
        Assert.Null(AuditContext.Current); // the per-call context does not outlive the call
    }

    [Fact]
    public async Task The_ambient_audit_context_is_applied_and_the_per_call_one_wins()
    {
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create();

        using (AuditContext.Use(new AuditContext { ResponsibleUserId = "ambient@zorgaanbieder.example", AuthorizationProtocol = "ambient" }))
        {
            await sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None);
            await sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, new GraphQLRequestOptions { Audit = new AuditContext { ResponsibleUserId = "call@zorgaanbieder.example" } }, CancellationToken.None);
        }

        var queries = _sink.WithCode(IWlzAuditEventCodes.Query);
        Assert.Equal("ambient@zorgaanbieder.example", queries[0].Users[0].ResponsibleUserId);
        Assert.Equal("call@zorgaanbieder.example", queries[1].Users[0].ResponsibleUserId);
        Assert.Equal("ambient", queries[1].Objects[0].AuthorizationProtocol); // what the call's context lacks comes from the ambient one
    }

    [Fact]
    public async Task Trace_ids_go_into_records_only_when_switched_on()
    {
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create(audit: o => o.IncludeTraceIds = true);

        var response = await sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None);

        var query = Assert.Single(_sink.WithCode(IWlzAuditEventCodes.Query));
        Assert.Equal(response.TraceId, query.TraceId);
        Assert.Equal(response.TraceId, Assert.Single(_sink.WithCode(IWlzAuditEventCodes.TokenRequest)).TraceId);
    }

    [Fact]
    public async Task Missing_mandatory_fields_can_refuse_the_call_naming_fields_not_values()
    {
        _network.WithToken().WithPep(200, IndicatieData);
        using var sdk = Create(audit: o => o.MissingFieldBehavior = AuditMissingFieldBehavior.Throw);

        var error = await Assert.ThrowsAsync<AuditFailedException>(() => sdk.Executor.ExecuteAsync(AuditOperations.Indicatie, new IndicatieVariables { WlzIndicatieID = IndicatieId }, null, CancellationToken.None));

        Assert.Contains("Object[0].Autorisatieprotocol", error.MissingFields);
        Assert.DoesNotContain(IndicatieId, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _network.Dispose();

    private SdkHarness Create(Action<IWlzClientOptions>? configure = null, Action<AuditOptions>? audit = null, TimeProvider? time = null) =>
        SdkHarness.Create(
            _network.PepEndpoint,
            _network.TokenEndpoint,
            configure: configure,
            time: time,
            build: builder =>
            {
                builder.Services.AddIWlzAuditing(o =>
                {
                    o.SystemUserRoleCode = "03";
                    audit?.Invoke(o);
                });
                builder.Services.AddSingleton<IIWlzAuditSink>(_sink);
            });
}

/// <summary>Operations whose variables hold identifiers, as generated register and netwerkpunt operations do.</summary>
internal static class AuditOperations
{
    internal const string IndicatieDocument = "query GetWlzIndicatieVoorIndicatieID($wlzIndicatieID:UUID!){wlzIndicatie(where:{wlzIndicatieID:{eq:$wlzIndicatieID}}){wlzIndicatieID}}";
    internal const string MeldingDocument = "mutation ZendMelding($meldingInput:MeldingInput!){zendMelding(meldingInput:$meldingInput){meldingID}}";

    internal static readonly GraphQLOperation<IndicatieVariables, IndicatieData> Indicatie = new(
        "GetWlzIndicatieVoorIndicatieID",
        GraphQLOperationKind.Query,
        IndicatieDocument,
        "0000000000000000000000000000000000000000000000000000000000000010",
        IWlzServiceNames.Bemiddelingsregister,
        ["wlzIndicatie"],
        AuditJsonContext.Default.IndicatieVariables,
        AuditJsonContext.Default.IndicatieData);

    internal static readonly GraphQLOperation<MeldingVariables, MeldingData> Melding = new(
        "ZendMelding",
        GraphQLOperationKind.Mutation,
        MeldingDocument,
        "0000000000000000000000000000000000000000000000000000000000000011",
        IWlzServiceNames.Netwerkpunt,
        ["zendMelding"],
        AuditJsonContext.Default.MeldingVariables,
        AuditJsonContext.Default.MeldingData);

    internal static MeldingVariables MeldingVariables(string recordId) => new()
    {
        MeldingInput = new MeldingInput
        {
            Timestamp = DateTimeOffset.UtcNow,
            AfzenderIDType = "AGB",
            AfzenderID = "12345678",
            OntvangerIDType = "UZOVI",
            OntvangerID = "5555",
            EventType = "IWLZFOUTMELDING",
            SubjectList = [new SubjectInput { Subject = "BR-0001", RecordID = recordId }],
        },
    };
}

internal sealed class IndicatieVariables
{
    [JsonPropertyName("wlzIndicatieID")]
    public string WlzIndicatieID { get; set; } = string.Empty;
}

internal sealed class IndicatieData
{
    [JsonPropertyName("wlzIndicatie")]
    public List<IndicatieItem> Items { get; set; } = [];
}

internal sealed class IndicatieItem
{
    [JsonPropertyName("wlzIndicatieID")]
    public string? WlzIndicatieID { get; set; }
}

internal sealed class MeldingVariables
{
    [JsonPropertyName("meldingInput")]
    public MeldingInput MeldingInput { get; set; } = new();
}

internal sealed class MeldingInput
{
    [JsonPropertyName("timestamp")]
    public DateTimeOffset Timestamp { get; set; }

    [JsonPropertyName("afzenderIDType")]
    public string AfzenderIDType { get; set; } = string.Empty;

    [JsonPropertyName("afzenderID")]
    public string AfzenderID { get; set; } = string.Empty;

    [JsonPropertyName("ontvangerIDType")]
    public string OntvangerIDType { get; set; } = string.Empty;

    [JsonPropertyName("ontvangerID")]
    public string OntvangerID { get; set; } = string.Empty;

    [JsonPropertyName("eventType")]
    public string EventType { get; set; } = string.Empty;

    [JsonPropertyName("subjectList")]
    public List<SubjectInput> SubjectList { get; set; } = [];
}

internal sealed class SubjectInput
{
    [JsonPropertyName("subject")]
    public string Subject { get; set; } = string.Empty;

    [JsonPropertyName("recordID")]
    public string RecordID { get; set; } = string.Empty;
}

internal sealed class MeldingData
{
    [JsonPropertyName("zendMelding")]
    public MeldingResult? ZendMelding { get; set; }
}

internal sealed class MeldingResult
{
    [JsonPropertyName("meldingID")]
    public Guid MeldingID { get; set; }
}

[JsonSerializable(typeof(IndicatieVariables))]
[JsonSerializable(typeof(IndicatieData))]
[JsonSerializable(typeof(MeldingVariables))]
[JsonSerializable(typeof(MeldingData))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;

using BenchmarkDotNet.Attributes;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Indicatieregister;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// QBR-0001-ZA, a small answer (one bemiddelingspecificatie, about 0.8 KB): the SDK's typed client against a
/// hand-written HttpClient + System.Text.Json source-generation call, same stub, same transport.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; this benchmark keeps workstation GC, as its published figures were measured
public class QueryQbr0001Benchmarks
{
    private QueryClients _clients = null!;
    private IBemiddelingsregisterClient _sdk = null!;
    private BaselineRequest<QbrVariables> _baselineBody = null!;
    private Guid _id;

    [GlobalSetup]
    public void Setup()
    {
        (var body, _id) = RecordedResponses.Qbr0001();
        _clients = QueryClients.StartAsync(IWlzPartyRole.Zorgaanbieder, RecordedResponses.Instelling, StubAnswer.Json(body)).GetAwaiter().GetResult();
        _sdk = _clients.Sdk.GetRequiredService<IBemiddelingsregisterClient>();
        _baselineBody = BaselineCall.QbrRequest(_id);

        // Both must read the same answer; this also fetches the SDK's token and opens both connections.
        var sdk = Sdk().GetAwaiter().GetResult();
        var baseline = Baseline().GetAwaiter().GetResult();
        Require.Same(sdk.Count, baseline.Count, "QBR-0001-ZA item count");
        Require.Same(sdk[0].BemiddelingspecificatieID, _id, "SDK bemiddelingspecificatieID");
        Require.Same(sdk[0].Bemiddeling.Client.Bsn, baseline[0].Bemiddeling.Client.Bsn, "client BSN");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "QBR-0001-ZA: HttpClient + STJ source gen")]
    public Task<List<Bemiddelingspecificatie>> Baseline() => CallBaselineAsync();

    /// <summary>
    /// The baseline once more, measured as a benchmark of its own (an A/A control): its ratio to the baseline is
    /// what this machine and harness give for identical code, the noise floor to read the SDK's ratio against.
    /// </summary>
    [Benchmark(Description = "QBR-0001-ZA: the baseline again (A/A control)")]
    public Task<List<Bemiddelingspecificatie>> BaselineAgain() => CallBaselineAsync();

    [Benchmark(Description = "QBR-0001-ZA: SDK typed client")]
    public Task<IReadOnlyList<Bemiddelingsregister.BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>> Sdk() =>
        _sdk.GetBemiddelingspecificatieVoorZorgaanbiederAsync(_id);

    /// <summary>The baseline's call itself, without a frame of its own (also for <see cref="QueryQbr0001AsyncBenchmarks"/>).</summary>
    internal Task<QbrData> PostBaselineAsync() => BaselineCall.PostQbrAsync(_clients, _baselineBody);

    private async Task<List<Bemiddelingspecificatie>> CallBaselineAsync() =>
        (await PostBaselineAsync().ConfigureAwait(false)).Bemiddelingspecificatie;
}

/// <summary>
/// QIR-0001-ZKi, a large and deeply nested answer, scaled by the number of WlzIndicaties in it (each with
/// grondslagen, zorgzwaartepakket, beperkingen with scores, stoornissen, Wzd, client, contact persons and contact data).
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; this benchmark keeps workstation GC, as its published figures were measured
public class QueryQir0001Benchmarks
{
    private QueryClients _clients = null!;
    private IIndicatieregisterClient _sdk = null!;
    private BaselineRequest<QirVariables> _baselineBody = null!;
    private Guid _id;

    [Params(1, 10, 100)]
    public int Indicaties { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (var body, _id) = RecordedResponses.Qir0001(Indicaties);
        _clients = QueryClients.StartAsync(IWlzPartyRole.Zorgkantoor, RecordedResponses.Uzovi, StubAnswer.Json(body)).GetAwaiter().GetResult();
        _sdk = _clients.Sdk.GetRequiredService<IIndicatieregisterClient>();
        _baselineBody = BaselineCall.QirRequest(_id);

        var sdk = Sdk().GetAwaiter().GetResult();
        var baseline = Baseline().GetAwaiter().GetResult();
        Require.Same(sdk.Count, Indicaties, "SDK WlzIndicatie count");
        Require.Same(baseline.Count, Indicaties, "baseline WlzIndicatie count");
        Require.Same(sdk[^1].Client.ContactPersoon[1]!.ContactGegevens[0].Adres!.Postcode, baseline[^1].Client.ContactPersoon[1].ContactGegevens[0].Adres!.Postcode, "last contact person's postcode");
        Require.Same(sdk[^1].Bsn, baseline[^1].Bsn, "last BSN");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "QIR-0001-ZKi: HttpClient + STJ source gen")]
    public async Task<List<WlzIndicatie>> Baseline() =>
        (await BaselineCall.PostQirAsync(_clients, _baselineBody).ConfigureAwait(false)).WlzIndicatie;

    [Benchmark(Description = "QIR-0001-ZKi: SDK typed client")]
    public Task<IReadOnlyList<Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult.WlzIndicatieData>> Sdk() =>
        _sdk.GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(_id);
}

/// <summary>
/// Error-result mapping: the PEP refuses the query with HTTP 403 and a GraphQL error. The SDK classifies it and
/// throws a typed <see cref="IWlzException"/> (kind, code, scrubbed server message, template ID, trace IDs, and a
/// failure audit record); the baseline parses the error body with source generation and throws its own exception.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; this benchmark keeps workstation GC, as its published figures were measured
public class QueryErrorMappingBenchmarks
{
    private QueryClients _clients = null!;
    private IBemiddelingsregisterClient _sdk = null!;
    private BaselineRequest<QbrVariables> _baselineBody = null!;
    private Guid _id;

    [GlobalSetup]
    public void Setup()
    {
        _clients = QueryClients.StartAsync(IWlzPartyRole.Zorgaanbieder, RecordedResponses.Instelling, new StubAnswer(403, "application/graphql-response+json", RecordedResponses.AccessDenied())).GetAwaiter().GetResult();
        _id = Guid.NewGuid();
        _sdk = _clients.Sdk.GetRequiredService<IBemiddelingsregisterClient>();
        _baselineBody = BaselineCall.QbrRequest(_id);

        Require.Same(Sdk().GetAwaiter().GetResult(), "AccessDenied FORBIDDEN", "SDK error mapping");
        Require.Same(Baseline().GetAwaiter().GetResult(), "403 FORBIDDEN", "baseline error mapping");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "403 + GraphQL error: HttpClient + STJ source gen")]
    public async Task<string> Baseline()
    {
        try
        {
            await BaselineCall.PostQbrAsync(_clients, _baselineBody).ConfigureAwait(false);
            return "no error";
        }
        catch (BaselineGraphQLException ex)
        {
            return $"{ex.StatusCode} {ex.Code}";
        }
    }

    [Benchmark(Description = "403 + GraphQL error: SDK typed exception")]
    public async Task<string> Sdk()
    {
        try
        {
            await _sdk.GetBemiddelingspecificatieVoorZorgaanbiederAsync(_id).ConfigureAwait(false);
            return "no error";
        }
        catch (IWlzException ex)
        {
            return $"{ex.Kind} {ex.ErrorCode}";
        }
    }
}

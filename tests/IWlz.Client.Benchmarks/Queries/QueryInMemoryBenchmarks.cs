using BenchmarkDotNet.Attributes;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Indicatieregister;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>The answers <see cref="QueryInMemoryBenchmarks"/> compares the two clients on.</summary>
public enum InMemoryCase
{
    /// <summary>QBR-0001-ZA, a small answer.</summary>
    Qbr0001,

    /// <summary>QIR-0001-ZKi with one WlzIndicatie.</summary>
    Qir0001x1,

    /// <summary>QIR-0001-ZKi with ten WlzIndicaties.</summary>
    Qir0001x10,

    /// <summary>HTTP 403 with a GraphQL error.</summary>
    Error403,
}

/// <summary>
/// The query benchmarks' comparison without the network: the SDK's typed client and the hand-written baseline, both
/// connected to the same <see cref="InMemoryRegister"/> instead of a loopback server. Every layer of each client runs
/// (for the SDK: template guard, token cache, resilience, B3, span, metrics, audit record, the answer's limits and
/// converters; for both: HttpClient's socket handler, which writes and parses HTTP/1.1 and runs its diagnostics);
/// kernel sockets, TLS and the server, which cost both clients the same, do not. So the difference of the two means
/// is the SDK's own extra time per call, measured with the spread of a CPU benchmark; on the loopback benchmarks the
/// same difference is buried in the network's run-to-run spread (see docs/performance.md).
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
public class QueryInMemoryBenchmarks
{
    private QueryClients _clients = null!;
    private IBemiddelingsregisterClient _bemiddelingen = null!;
    private IIndicatieregisterClient _indicaties = null!;
    private BaselineRequest<QbrVariables> _qbrBody = null!;
    private BaselineRequest<QirVariables> _qirBody = null!;
    private Guid _id;

    [Params(InMemoryCase.Qbr0001, InMemoryCase.Qir0001x1, InMemoryCase.Qir0001x10, InMemoryCase.Error403)]
    public InMemoryCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (role, code, answer) = Case switch
        {
            InMemoryCase.Qbr0001 => (IWlzPartyRole.Zorgaanbieder, RecordedResponses.Instelling, Answer(RecordedResponses.Qbr0001())),
            InMemoryCase.Qir0001x1 => (IWlzPartyRole.Zorgkantoor, RecordedResponses.Uzovi, Answer(RecordedResponses.Qir0001(1))),
            InMemoryCase.Qir0001x10 => (IWlzPartyRole.Zorgkantoor, RecordedResponses.Uzovi, Answer(RecordedResponses.Qir0001(10))),
            _ => (IWlzPartyRole.Zorgaanbieder, RecordedResponses.Instelling, new StubAnswer(403, "application/graphql-response+json", RecordedResponses.AccessDenied())),
        };
        _clients = QueryClients.StartInMemoryAsync(role, code, answer).GetAwaiter().GetResult();
        _bemiddelingen = _clients.Sdk.GetRequiredService<IBemiddelingsregisterClient>();
        _indicaties = _clients.Sdk.GetRequiredService<IIndicatieregisterClient>();
        _qbrBody = BaselineCall.QbrRequest(_id);
        _qirBody = BaselineCall.QirRequest(_id);

        // Both must read the same answer (or fail the same way); this also fetches the SDK's token.
        var expected = Case switch
        {
            InMemoryCase.Qbr0001 => 1,
            InMemoryCase.Qir0001x1 => 1,
            InMemoryCase.Qir0001x10 => 10,
            _ => -403,
        };
        Require.Same(Sdk().GetAwaiter().GetResult(), expected, "SDK result");
        Require.Same(Baseline().GetAwaiter().GetResult(), expected, "baseline result");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "in memory: HttpClient + STJ source gen")]
    public async Task<int> Baseline()
    {
        try
        {
            return Case is InMemoryCase.Qbr0001 or InMemoryCase.Error403
                ? (await BaselineCall.PostQbrAsync(_clients, _qbrBody).ConfigureAwait(false)).Bemiddelingspecificatie.Count
                : (await BaselineCall.PostQirAsync(_clients, _qirBody).ConfigureAwait(false)).WlzIndicatie.Count;
        }
        catch (BaselineGraphQLException ex)
        {
            return -ex.StatusCode;
        }
    }

    [Benchmark(Description = "in memory: SDK typed client")]
    public async Task<int> Sdk()
    {
        try
        {
            return Case is InMemoryCase.Qbr0001 or InMemoryCase.Error403
                ? (await _bemiddelingen.GetBemiddelingspecificatieVoorZorgaanbiederAsync(_id).ConfigureAwait(false)).Count
                : (await _indicaties.GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(_id).ConfigureAwait(false)).Count;
        }
        catch (IWlzException ex)
        {
            return -ex.StatusCode ?? 0;
        }
    }

    private StubAnswer Answer((byte[] Body, Guid Id) recorded)
    {
        _id = recorded.Id;
        return StubAnswer.Json(recorded.Body);
    }
}

using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IWlz.Client.Audit;
using IWlz.Client.Audit.Internal;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Certificates;
using IWlz.Client.Diagnostics;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers.Internal;
using IWlz.Client.Tokens;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// Where the SDK's cost per call goes: each layer of a QBR-0001-ZA call on its own, without the network. These
/// are the steps the baseline does not take (or takes differently); the query benchmarks show their sum.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; this benchmark keeps workstation GC, as its published figures were measured
public class CallLayerBenchmarks
{
    private static readonly GraphQLOperation<BemiddelingspecificatieVoorZorgaanbiederVariables, BemiddelingspecificatieVoorZorgaanbiederResult> Operation =
        BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;

    private QueryClients _clients = null!;
    private ServiceRouter _router = null!;
    private CircuitBreakers _circuits = null!;
    private TemplateGuard _guard = null!;
    private IAuditTrail _audit = null!;
    private ClientCertificate _certificate = null!;
    private BemiddelingspecificatieVoorZorgaanbiederVariables _variables = null!;
    private byte[] _requestVariables = null!;
    private byte[] _responseBody = null!;
    private HttpRequestMessage _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clients = QueryClients.StartAsync(IWlzPartyRole.Zorgaanbieder, RecordedResponses.Instelling, StubAnswer.Json(RecordedResponses.Qbr0001().Body)).GetAwaiter().GetResult();
        var services = _clients.Sdk;
        _router = services.GetRequiredService<ServiceRouter>();
        _circuits = services.GetRequiredService<CircuitBreakers>();
        _audit = services.GetRequiredService<IAuditTrail>();
        _guard = ((TemplateGuardExecutor)services.GetRequiredService<IGraphQLExecutor>()).Guard;
        _certificate = services.GetRequiredService<ICertificateProvider>().GetCertificateAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        (_responseBody, var id) = RecordedResponses.Qbr0001();
        _variables = new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = id, Instelling = RecordedResponses.Instelling };
        using (var body = GraphQLRequestWriter.Write(Operation, _variables, out var variablesJson))
        {
            _requestVariables = body.WrittenSpan[variablesJson].ToArray();
        }

        _request = new HttpRequestMessage(HttpMethod.Post, _clients.PepEndpoint);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _request.Dispose();
        _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "template guard (shipped template)")]
    public object? TemplateGuard() => _guard.Check(Operation, _variables, null);

    [Benchmark(Description = "route: endpoint and scopes")]
    public object Route() => _router.Resolve(Operation.ClientName, Operation.Kind, null).Endpoint;

    [Benchmark(Description = "token request (validated, cache key)")]
    public object TokenRequest()
    {
        var (endpoint, scopes) = _router.Resolve(Operation.ClientName, Operation.Kind, null);
        return new NidTokenRequest(endpoint.TokenEndpoint, endpoint.ResourceUri, scopes, null, _certificate);
    }

    [Benchmark(Description = "span: start, tag, stop (no listener)")]
    public ActivityTraceId Span()
    {
        using var activity = SdkActivity.StartInteraction("query " + Operation.Name, IWlzTraceMode.NewTrace);
        new OperationTags("query", Operation.Name, Operation.TemplateId, Operation.ClientName).ApplyTo(activity);
        return activity.TraceId;
    }

    [Benchmark(Description = "B3 headers on a request")]
    public int B3()
    {
        using var activity = new Activity("b3").SetIdFormat(ActivityIdFormat.W3C).Start();
        B3Headers.Apply(_request, activity, emitParentSpanId: false);
        return _request.Headers.NonValidated.Count;
    }

    [Benchmark(Description = "write the request body")]
    public int WriteBody()
    {
        using var body = GraphQLRequestWriter.Write(Operation, _variables);
        return body.WrittenCount;
    }

    [Benchmark(Description = "audit: objects from variables, record, trail")]
    public async Task<int> Audit()
    {
        var objects = AuditObjectReader.FromVariables(_requestVariables);
        var record = AuditRecordFactory.ForOperation(Operation.Name, Operation.Kind, Operation.RootFields, Operation.ClientName, objects, DateTimeOffset.UtcNow, AuditResult.Success, _certificate, _clients.PepEndpoint);
        await _audit.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
        return objects.Count;
    }

    [Benchmark(Description = "circuit breaker lookup")]
    public object Circuit() => _circuits.For("pep", _request.RequestUri);

    [Benchmark(Description = "read the answer: generated converters")]
    public int ReadSdk() => ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse(_responseBody, Operation.DataTypeInfo).Data!.Bemiddelingspecificatie.Count;

    [Benchmark(Baseline = true, Description = "read the answer: STJ source gen (baseline)")]
    public int ReadBaseline() => JsonSerializer.Deserialize(_responseBody, BaselineJsonContext.Default.GraphQLEnvelopeQbrData)!.Data!.Bemiddelingspecificatie.Count;
}

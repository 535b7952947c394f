using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IWlz.Client.Audit;
using IWlz.Client.Audit.Internal;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Certificates;
using IWlz.Client.Errors.Internal;
using IWlz.Client.GraphQL;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// Where the SDK's error path spends its time: the steps of a 403 with a GraphQL error on their own, without the
/// network (the answer in memory), next to what the hand-written baseline does for the same answer. The paired
/// benchmark shows their sum; this class shows which step to cut.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // as the other query classes
public class ErrorLayerBenchmarks
{
    private static readonly GraphQLOperation<BemiddelingspecificatieVoorZorgaanbiederVariables, BemiddelingspecificatieVoorZorgaanbiederResult> Operation =
        BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;

    private static readonly MediaTypeHeaderValue GraphQLResponseJson = new("application/graphql-response+json");

    private const string Message = "bemiddelingspecificatie: Policy: Access Denied";

    private QueryClients _clients = null!;
    private IAuditTrail _audit = null!;
    private ClientCertificate _certificate = null!;
    private byte[] _answer = null!;
    private byte[] _requestVariables = null!;

    [GlobalSetup]
    public void Setup()
    {
        _answer = RecordedResponses.AccessDenied();
        _clients = QueryClients.StartInMemoryAsync(IWlzPartyRole.Zorgaanbieder, RecordedResponses.Instelling, new StubAnswer(403, GraphQLResponseJson.MediaType!, _answer)).GetAwaiter().GetResult();
        _audit = _clients.Sdk.GetRequiredService<IAuditTrail>();
        _certificate = _clients.Sdk.GetRequiredService<ICertificateProvider>().GetCertificateAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        using var body = GraphQLRequestWriter.Write(Operation, new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = Guid.NewGuid(), Instelling = RecordedResponses.Instelling }, out var variablesJson);
        _requestVariables = body.WrittenSpan[variablesJson].ToArray();

        Require.Same(ReadSdk().GetAwaiter().GetResult(), "AccessDenied FORBIDDEN", "SDK reading of the 403");
        Require.Same(ReadBaseline().GetAwaiter().GetResult(), "403 FORBIDDEN", "baseline reading of the 403");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "baseline: read the 403 (stream, STJ source gen) and make its exception")]
    public async Task<string> ReadBaseline()
    {
        using var response = Answer();
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var envelope = await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.GraphQLEnvelopeQbrData).ConfigureAwait(false);
            var first = envelope?.Errors is { Count: > 0 } errors ? errors[0] : null;
            var error = new BaselineGraphQLException((int)response.StatusCode, first?.Extensions?.Code, first?.Message ?? "The request failed.");
            return $"{error.StatusCode} {error.Code}";
        }
    }

    [Benchmark(Description = "SDK: read the 403 into its IWlzException (all of the below but the audit record)")]
    public async Task<string> ReadSdk()
    {
        using var response = Answer();
        var read = await GraphQLResponseReader.ReadAsync(response, Operation, [], 1 << 20, "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", DateTimeOffset.UtcNow, CancellationToken.None).ConfigureAwait(false);
        return $"{read.Error!.Kind} {read.Error.ErrorCode}";
    }

    [Benchmark(Description = "SDK: the envelope and its errors (path, extensions)")]
    public int Envelope() => ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse(_answer, Operation.DataTypeInfo).Errors!.Count;

    [Benchmark(Description = "SDK: server text masked (code, message, each error's message)")]
    public int ServerTexts() => ServerText.Code("FORBIDDEN")!.Length + ServerText.Clean(Message)!.Length + ServerText.Mask(Message).Length;

    [Benchmark(Description = "SDK: classify the 403")]
    public object Classify() => ErrorClassifier.ForPep(403, "FORBIDDEN", Message);

    /// <summary>
    /// The SDK's way since session 9: its async frame hands the error back as a faulted task (through <c>Unwrap</c>), so it
    /// is thrown once, at the caller's <c>await</c>; the baseline throws it in its frame and the <c>await</c> throws it again.
    /// </summary>
    [Benchmark(Description = "SDK: hand an IWlzException back as a faulted task and catch it at the await")]
    public async Task<int> ThrowSdk()
    {
        try
        {
            await HandBackAsync(static () => new IWlzException(IWlzErrorKind.AccessDenied, IWlzErrorSource.Pep, "The PEP refused the request.") { StatusCode = 403, ErrorCode = "FORBIDDEN", ServerMessage = Message }).Unwrap().ConfigureAwait(false);
            return 0;
        }
        catch (IWlzException ex)
        {
            return ex.StatusCode ?? 0;
        }
    }

    [Benchmark(Description = "baseline: throw and catch its exception through one async frame")]
    public async Task<int> ThrowBaseline()
    {
        try
        {
            await ThrowAsync(static () => new BaselineGraphQLException(403, "FORBIDDEN", Message)).ConfigureAwait(false);
            return 0;
        }
        catch (BaselineGraphQLException ex)
        {
            return ex.StatusCode;
        }
    }

    [Benchmark(Description = "SDK: the failure audit record (objects from the variables, record, trail)")]
    public async Task<int> FailureAudit()
    {
        var objects = AuditObjectReader.FromVariables(_requestVariables);
        var record = AuditRecordFactory.ForOperation(Operation.Name, Operation.Kind, Operation.RootFields, Operation.ClientName, objects, DateTimeOffset.UtcNow, AuditResult.Refused, _certificate, _clients.PepEndpoint);
        await _audit.RecordFailureAsync(record).ConfigureAwait(false);
        return objects.Count;
    }

    private static async Task ThrowAsync(Func<Exception> make)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        throw make();
    }

    private static async Task<Task> HandBackAsync(Func<Exception> make)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        return Task.FromException(make());
    }

    private HttpResponseMessage Answer() => new(HttpStatusCode.Forbidden)
    {
        Content = new ByteArrayContent(_answer) { Headers = { ContentType = GraphQLResponseJson } },
    };
}

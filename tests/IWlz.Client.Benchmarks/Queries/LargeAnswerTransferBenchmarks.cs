using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers.Internal;
using IWlz.Client.Indicatieregister;
using Microsoft.Extensions.DependencyInjection;

using Root = IWlz.Client.Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// Diagnostic for large answers: the QIR-0001-ZKi baseline as published (converting while the body arrives)
/// against the same baseline that first reads the whole body and only then converts it, and the SDK. When the
/// buffered baseline is as slow as the SDK, the SDK's extra time is the transfer it does not overlap with
/// converting, not its converting or its pipeline.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
public class LargeAnswerTransferBenchmarks
{
    private QueryClients _clients = null!;
    private IIndicatieregisterClient _sdk = null!;
    private IGraphQLExecutor _executor = null!;
    private GraphQLOperation<Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorVariables, Root> _resumable = null!;
    private byte[] _request = null!;
    private Guid _id;

    [Params(10, 100)]
    public int Indicaties { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (var body, _id) = RecordedResponses.Qir0001(Indicaties);
        _clients = QueryClients.StartAsync(IWlzPartyRole.Zorgkantoor, RecordedResponses.Uzovi, StubAnswer.Json(body)).GetAwaiter().GetResult();
        _sdk = _clients.Sdk.GetRequiredService<IIndicatieregisterClient>();
        _executor = ((TemplateGuardExecutor)_clients.Sdk.GetRequiredService<IGraphQLExecutor>()).Inner;
        var d = Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Descriptor;
        var options = new JsonSerializerOptions { TypeInfoResolver = new ResumableRootResolver() };
        _resumable = new(d.Name, d.Kind, d.Document, d.DocumentHash, d.ClientName, d.RootFields, d.VariablesTypeInfo, (JsonTypeInfo<Root>)options.GetTypeInfo(typeof(Root))) { TemplateId = d.TemplateId };
        _request = JsonSerializer.SerializeToUtf8Bytes(
            BaselineCall.QirRequest(_id),
            BaselineJsonContext.Default.BaselineRequestQirVariables);

        Require.Same(Streamed().GetAwaiter().GetResult(), Indicaties, "streamed baseline count");
        Require.Same(Buffered().GetAwaiter().GetResult(), Indicaties, "buffered baseline count");
        Require.Same(Sdk().GetAwaiter().GetResult(), Indicaties, "SDK count");
        Require.Same(SdkResumable().GetAwaiter().GetResult(), Indicaties, "SDK resumable count");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "QIR-0001-ZKi: baseline, converted while the body arrives")]
    public async Task<int> Streamed()
    {
        using var response = await SendAsync().ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return (await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.GraphQLEnvelopeQirData).ConfigureAwait(false))!.Data!.WlzIndicatie.Count;
        }
    }

    [Benchmark(Description = "QIR-0001-ZKi: baseline, whole body first, then converted")]
    public async Task<int> Buffered()
    {
        using var response = await SendAsync().ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return JsonSerializer.Deserialize(body, BaselineJsonContext.Default.GraphQLEnvelopeQirData)!.Data!.WlzIndicatie.Count;
    }

    [Benchmark(Description = "QIR-0001-ZKi: SDK typed client")]
    public async Task<int> Sdk() =>
        (await _sdk.GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(_id).ConfigureAwait(false)).Count;

    [Benchmark(Description = "QIR-0001-ZKi: SDK executor, root metadata resumable (prototype)")]
    public async Task<int> SdkResumable() =>
        (await _executor.ExecuteAsync(_resumable, new Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorVariables { WlzIndicatieID = _id, InitieelVerantwoordelijkZorgkantoor = RecordedResponses.Uzovi }, null, CancellationToken.None).ConfigureAwait(false)).Data!.WlzIndicatie.Count;

    private async Task<HttpResponseMessage> SendAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _clients.PepEndpoint) { Content = new ByteArrayContent(_request) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _clients.BaselineToken);
        return await _clients.Baseline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
    }
}

/// <summary>Prototype: the generated root type as resumable object metadata, its elements through the generated converters.</summary>
internal sealed class ResumableRootResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type != typeof(Root))
        {
            return Indicatieregister.IndicatieregisterJsonResolver.Default.GetTypeInfo(type, options);
        }

        var element = (JsonTypeInfo<Root.WlzIndicatieData>)options.GetTypeInfo(typeof(Root.WlzIndicatieData));
        var list = JsonMetadataServices.CreateIEnumerableInfo<IReadOnlyList<Root.WlzIndicatieData>, Root.WlzIndicatieData>(options, new JsonCollectionInfoValues<IReadOnlyList<Root.WlzIndicatieData>> { ElementInfo = element });
        return JsonMetadataServices.CreateObjectInfo(options, new JsonObjectInfoValues<Root>
        {
            ObjectWithParameterizedConstructorCreator = static args => new Root { WlzIndicatie = (IReadOnlyList<Root.WlzIndicatieData>?)args[0] ?? [] },
            ConstructorParameterMetadataInitializer = static () => [new JsonParameterInfoValues { Name = "WlzIndicatie", ParameterType = typeof(IReadOnlyList<Root.WlzIndicatieData>), Position = 0 }],
            PropertyMetadataInitializer = _ =>
            [
                JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<IReadOnlyList<Root.WlzIndicatieData>>
                {
                    IsProperty = true,
                    IsPublic = true,
                    DeclaringType = typeof(Root),
                    PropertyTypeInfo = list,
                    PropertyName = "WlzIndicatie",
                    JsonPropertyName = "wlzIndicatie",
                    Getter = static o => ((Root)o).WlzIndicatie,
                }),
            ],
        });
    }
}

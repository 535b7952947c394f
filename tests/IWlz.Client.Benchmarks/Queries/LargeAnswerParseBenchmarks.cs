using BenchmarkDotNet.Attributes;
using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// Diagnostic: the QIR-0001-ZKi answer parsed from bytes already in memory, no network. Separates the cost of
/// turning JSON into objects (the SDK's envelope reader with its generated converters against the baseline's
/// source-generated deserializer) from the cost of receiving the body.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
public class LargeAnswerParseBenchmarks
{
    private byte[] _body = null!;

    [Params(1, 10, 100)]
    public int Indicaties { get; set; }

    [GlobalSetup]
    public void Setup() => (_body, _) = RecordedResponses.Qir0001(Indicaties);

    [Benchmark(Baseline = true, Description = "QIR-0001-ZKi parse: STJ source gen")]
    public int Baseline() =>
        System.Text.Json.JsonSerializer.Deserialize(_body, BaselineJsonContext.Default.GraphQLEnvelopeQirData)!.Data!.WlzIndicatie.Count;

    [Benchmark(Description = "QIR-0001-ZKi parse: STJ source gen from a stream")]
    public async Task<int> BaselineStream()
    {
        using var stream = new MemoryStream(_body, writable: false);
        return (await System.Text.Json.JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.GraphQLEnvelopeQirData).ConfigureAwait(false))!.Data!.WlzIndicatie.Count;
    }

    [Benchmark(Description = "QIR-0001-ZKi parse: SDK envelope")]
    public int Sdk() =>
        ResponseEnvelope<Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult>
            .Parse(_body, Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Descriptor.DataTypeInfo).Data!.WlzIndicatie.Count;
}

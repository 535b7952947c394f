using BenchmarkDotNet.Attributes;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// QBR-0001-ZA as <see cref="QueryQbr0001Benchmarks"/>, but with the calls made one after another from async code,
/// <see cref="CallsPerInvoke"/> per invocation, as a vendor's server makes them. BenchmarkDotNet blocks its main
/// thread on every invocation; on the benchmark's single pinned core that wait competes with the thread that
/// finishes the call, and the outcome depends on timing more than on work (docs/performance.md, session 7). Here it
/// blocks once per batch. The A/A control (the baseline again) shows the ratio identical code gets in the same run.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; the query benchmarks keep workstation GC
public class QueryQbr0001AsyncBenchmarks
{
    private const int CallsPerInvoke = 16;

    // The per-call class's stub, clients and request, and its cross-checks of a single call.
    private readonly QueryQbr0001Benchmarks _single = new();

    [GlobalSetup]
    public void Setup()
    {
        _single.Setup();

        // Both must read the same answer in a batch too.
        Require.Same(Sdk().GetAwaiter().GetResult(), CallsPerInvoke, "SDK bemiddelingspecificaties per batch");
        Require.Same(Baseline().GetAwaiter().GetResult(), CallsPerInvoke, "baseline bemiddelingspecificaties per batch");
    }

    [GlobalCleanup]
    public void Cleanup() => _single.Cleanup();

    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerInvoke, Description = "QBR-0001-ZA from async code: HttpClient + STJ source gen")]
    public Task<int> Baseline() => BaselineBatchAsync();

    [Benchmark(OperationsPerInvoke = CallsPerInvoke, Description = "QBR-0001-ZA from async code: the baseline again (A/A control)")]
    public Task<int> BaselineAgain() => BaselineBatchAsync();

    [Benchmark(OperationsPerInvoke = CallsPerInvoke, Description = "QBR-0001-ZA from async code: SDK typed client")]
    public async Task<int> Sdk()
    {
        var items = 0;
        for (var i = 0; i < CallsPerInvoke; i++)
        {
            items += (await _single.Sdk().ConfigureAwait(false)).Count;
        }

        return items;
    }

    private async Task<int> BaselineBatchAsync()
    {
        var items = 0;
        for (var i = 0; i < CallsPerInvoke; i++)
        {
            items += (await _single.PostBaselineAsync().ConfigureAwait(false)).Bemiddelingspecificatie.Count;
        }

        return items;
    }
}

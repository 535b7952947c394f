using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>The loopback calls <see cref="QueryPairedBenchmarks"/> pairs.</summary>
public enum PairedCase
{
    /// <summary>QBR-0001-ZA, a small answer (<see cref="QueryQbr0001Benchmarks"/>).</summary>
    Qbr0001,

    /// <summary>QIR-0001-ZKi with one WlzIndicatie (<see cref="QueryQir0001Benchmarks"/>).</summary>
    Qir0001x1,

    /// <summary>HTTP 403 with a GraphQL error (<see cref="QueryErrorMappingBenchmarks"/>).</summary>
    Error403,

    /// <summary>QBR-0001-ZA without the network (<see cref="QueryInMemoryBenchmarks"/>): the SDK's own extra time per call.</summary>
    InMemoryQbr0001,

    /// <summary>The 403 without the network (<see cref="QueryInMemoryBenchmarks"/>).</summary>
    InMemoryError403,
}

/// <summary>
/// The loopback comparison made in pairs: every invocation makes one baseline call and one SDK call, one right after
/// the other against the same stub, in alternating order, and times each call. BenchmarkDotNet drives the calls
/// (pilot, warm-up, iterations) and reports the pair's time; <see cref="PairedTimeColumn"/> and
/// <see cref="PairedRatioColumn"/> report each side's time per call and the SDK's ratio to the baseline over the
/// measured iterations.
/// </summary>
/// <remarks>
/// Why pairs: on this machine the speed of the same code drifts by 10–20% over seconds and differs between
/// processes for their whole life, and the ordinary classes measure the baseline and the SDK seconds or minutes
/// apart, in processes of their own. Alternating call by call, drift and the process's speed hit both sides alike
/// and cancel in each iteration's ratio, so the ratio resolves a few percent. It runs in process (the columns read
/// what the benchmark recorded) with workstation GC, as the other query classes.
/// </remarks>
[GcServer(false)]
[PairedRun]
[InvocationCount(1024)] // with an iteration setup BenchmarkDotNet would otherwise make one invocation per iteration: 1,024 loopback pairs take about 0.4 s here
public class QueryPairedBenchmarks
{
    private Func<Task> _baseline = null!;
    private Func<Task> _sdk = null!;
    private Action _cleanup = null!;
    private PairedTimes.Recorder _recorder = null!;
    private long _invocations;

    [Params(PairedCase.Qbr0001, PairedCase.Qir0001x1, PairedCase.Error403, PairedCase.InMemoryQbr0001, PairedCase.InMemoryError403)]
    public PairedCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The ordinary classes' setups: the same stub, clients and requests, and their cross-checks of both answers.
        switch (Case)
        {
            case PairedCase.Qbr0001:
                var qbr = new QueryQbr0001Benchmarks();
                qbr.Setup();
                (_baseline, _sdk, _cleanup) = (qbr.Baseline, qbr.Sdk, qbr.Cleanup);
                break;
            case PairedCase.Qir0001x1:
                var qir = new QueryQir0001Benchmarks { Indicaties = 1 };
                qir.Setup();
                (_baseline, _sdk, _cleanup) = (qir.Baseline, qir.Sdk, qir.Cleanup);
                break;
            case PairedCase.InMemoryQbr0001 or PairedCase.InMemoryError403:
                var inMemory = new QueryInMemoryBenchmarks { Case = Case == PairedCase.InMemoryQbr0001 ? InMemoryCase.Qbr0001 : InMemoryCase.Error403 };
                inMemory.Setup();
                (_baseline, _sdk, _cleanup) = (inMemory.Baseline, inMemory.Sdk, inMemory.Cleanup);
                break;
            default:
                var error = new QueryErrorMappingBenchmarks();
                error.Setup();
                (_baseline, _sdk, _cleanup) = (error.Baseline, error.Sdk, error.Cleanup);
                break;
        }

        _recorder = PairedTimes.Start(Case.ToString());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // The last measured iteration has no iteration setup after it to close its sums.
        _recorder.NextIteration();
        _cleanup();
    }

    /// <summary>Starts a new iteration's sums, so the columns can keep the measured iterations only.</summary>
    [IterationSetup]
    public void NextIteration() => _recorder.NextIteration();

    [Benchmark(Description = "one baseline call and one SDK call, alternating order")]
    public async Task Pair()
    {
        // Alternating which side goes first cancels what the first call of a pair pays or leaves for the second.
        var sdkFirst = (++_invocations & 1) == 0;
        var first = sdkFirst ? _sdk : _baseline;
        var second = sdkFirst ? _baseline : _sdk;

        var start = Stopwatch.GetTimestamp();
        await first().ConfigureAwait(false);
        var middle = Stopwatch.GetTimestamp();
        await second().ConfigureAwait(false);
        var end = Stopwatch.GetTimestamp();

        var (baselineTicks, sdkTicks) = sdkFirst ? (end - middle, middle - start) : (middle - start, end - middle);
        _recorder.Add(baselineTicks, sdkTicks);
    }
}

/// <summary>
/// The paired class's configuration: the in-process toolchain whatever the job (its columns read what it recorded
/// in this process) and the paired columns.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PairedRunAttribute : Attribute, IConfigSource
{
    public PairedRunAttribute() =>
        Config = ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator())
            .AddColumn(new PairedTimeColumn(sdk: false), new PairedTimeColumn(sdk: true), new PairedRatioColumn());

    public IConfig Config { get; }
}

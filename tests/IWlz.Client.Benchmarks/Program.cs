using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using IWlz.Client.Benchmarks.Queries;

// The query benchmarks start this executable again as their register stub, in a process of its own.
if (args is [RegisterStubProcess.Argument, ..])
{
    return await RegisterStubProcess.RunAsync(args);
}

// BenchmarkDotNet builds a copy of this project per run; on a busy 2-core machine that takes longer than
// its default two-minute limit, so allow more.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .WithBuildTimeout(TimeSpan.FromMinutes(10))
    .AddColumn(new RatioUpperBoundColumn());
if (InterleavedLaunches.Take(ref args) is var (launches, template))
{
    config = InterleavedLaunches.Apply(config, launches, template);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();

// The CI smoke job must fail when a benchmark cannot build or run, so report that in the exit code.
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"Benchmark run failed: {summary.Title}");
}

return failed.Count == 0 ? 0 : 1;

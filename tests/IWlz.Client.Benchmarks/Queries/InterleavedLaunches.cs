using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// <c>--interleavedLaunches N</c>: runs every benchmark in N jobs of one launch each, and runs them launch by
/// launch (all methods of launch 1, then all of launch 2, ...) instead of method by method.
/// </summary>
/// <remarks>
/// Why: BenchmarkDotNet runs all launches of one method before it starts the next method, so a baseline and the
/// case compared with it are measured minutes apart. On this machine the speed of a process drifts by tens of
/// percent over minutes, which then lands on one side of the ratio only. Interleaved, each launch's baseline and
/// cases run one right after the other, each launch gets its own ratio, and <see cref="InterleavedRatioColumn"/>
/// combines them.
/// </remarks>
internal static class InterleavedLaunches
{
    internal const string Option = "--interleavedLaunches";

    /// <summary>The environment variable that tells the jobs apart (and numbers them).</summary>
    internal const string LaunchVariable = "IWLZ_BENCH_LAUNCH";

    /// <summary>
    /// Removes the option (and a <c>--job dry</c> that goes with it) from <paramref name="args"/>; returns the
    /// number of launches and the job to copy, or null when the option is absent.
    /// </summary>
    /// <exception cref="ArgumentException">The count is missing or out of range, or other job options were given.</exception>
    internal static (int Launches, Job Template)? Take(ref string[] args)
    {
        var index = Array.IndexOf(args, Option);
        if (index < 0)
        {
            return null;
        }

        if (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var launches) || launches is < 2 or > 50)
        {
            throw new ArgumentException($"{Option} needs a number of launches from 2 to 50.");
        }

        args = [.. args[..index], .. args[(index + 2)..]];

        // BenchmarkDotNet would add a job given on the command line next to the launch jobs instead of shaping them,
        // so the dry job (for the CI smoke run) and the in-process toolchain are taken over, and other job options
        // are refused.
        var template = Job.Default;
        var job = Array.FindIndex(args, a => a is "--job" or "-j");
        if (job >= 0 && job + 1 < args.Length && string.Equals(args[job + 1], "dry", StringComparison.OrdinalIgnoreCase))
        {
            template = Job.Dry;
            args = [.. args[..job], .. args[(job + 2)..]];
        }

        var inProcess = Array.FindIndex(args, a => a is "--inProcess" or "-i");
        if (inProcess >= 0)
        {
            // Every case of a class then runs in this one process; with a shared stub, the baseline and the SDK
            // also talk to one stub process (SharedStubs), so neither process's speed lands on one side only.
            template = template.WithToolchain(InProcessEmitToolchain.Instance);
            args = [.. args[..inProcess], .. args[(inProcess + 1)..]];
            Environment.SetEnvironmentVariable(SharedStubs.Variable, "1");
        }

        var conflicting = args.FirstOrDefault(a => a is "--job" or "-j" or "--launchCount" or "--inProcess" or "-i" or "--runtimes" or "-r");
        if (conflicting is not null)
        {
            throw new ArgumentException($"{Option} makes its own jobs and cannot be combined with {conflicting} (only with --job dry and --inProcess).");
        }

        return (launches, template);
    }

    internal static ManualConfig Apply(ManualConfig config, int launches, Job template)
    {
        for (var launch = 1; launch <= launches; launch++)
        {
            // The environment variable makes the jobs differ, so BenchmarkDotNet keeps them apart; it has no other effect.
            config.AddJob(template
                .WithLaunchCount(1)
                .WithEnvironmentVariable(LaunchVariable, launch.ToString(CultureInfo.InvariantCulture))
                .WithId($"Launch{launch}"));
        }

        return config.WithOrderer(new LaunchByLaunchOrderer()).AddColumn(new InterleavedRatioColumn());
    }

    /// <summary>The launch number of the job that ran <paramref name="benchmarkCase"/>, or null outside an interleaved run.</summary>
    internal static int? LaunchOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Job.Environment.EnvironmentVariables?
            .Where(variable => variable.Key == LaunchVariable)
            .Select(variable => (int?)int.Parse(variable.Value, CultureInfo.InvariantCulture))
            .FirstOrDefault();

    /// <summary>BenchmarkDotNet's default order, except that execution goes launch by launch.</summary>
    private sealed class LaunchByLaunchOrderer : IOrderer
    {
        private static readonly IOrderer Default = DefaultOrderer.Instance;

        public bool SeparateLogicalGroups => Default.SeparateLogicalGroups;

        public IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarksCase, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
            Default.GetExecutionOrder(benchmarksCase, order).OrderBy(c => LaunchOf(c) ?? 0); // OrderBy is stable: within a launch the default order stays

        public IEnumerable<BenchmarkCase> GetSummaryOrder(ImmutableArray<BenchmarkCase> benchmarksCases, Summary summary) =>
            Default.GetSummaryOrder(benchmarksCases, summary);

        public string? GetHighlightGroupKey(BenchmarkCase benchmarkCase) => Default.GetHighlightGroupKey(benchmarkCase);

        public string? GetLogicalGroupKey(ImmutableArray<BenchmarkCase> allBenchmarksCases, BenchmarkCase benchmarkCase) =>
            Default.GetLogicalGroupKey(allBenchmarksCases, benchmarkCase);

        public IEnumerable<IGrouping<string, BenchmarkCase>> GetLogicalGroupOrder(IEnumerable<IGrouping<string, BenchmarkCase>> logicalGroups, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
            Default.GetLogicalGroupOrder(logicalGroups, order);
    }
}

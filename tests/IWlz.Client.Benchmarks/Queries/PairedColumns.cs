using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>Reads <see cref="PairedTimes"/> for a case of <see cref="QueryPairedBenchmarks"/>: its measured iterations only.</summary>
internal static class PairedResults
{
    internal static IReadOnlyList<PairedTimes.Iteration>? For(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report is null || benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(QueryPairedBenchmarks.Case))?.Value is not PairedCase pairedCase)
        {
            return null;
        }

        // The iteration setup starts a new record before every iteration of the workload (jitting, pilot, warm-up,
        // actual); the last ones are the measured iterations.
        var actual = report.AllMeasurements.Count(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual);
        var iterations = PairedTimes.Find(pairedCase.ToString())?.Last(actual);
        return iterations is { Count: > 0 } && actual > 0 ? iterations : null;
    }
}

/// <summary>One side's mean time per call in the paired run: the baseline's, or the SDK's.</summary>
public sealed class PairedTimeColumn(bool sdk) : IColumn
{
    public string Id => $"{nameof(PairedTimeColumn)}.{(sdk ? "Sdk" : "Baseline")}";

    public string ColumnName => sdk ? "SDK call" : "Baseline call";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => sdk ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Mean time per call of the {(sdk ? "SDK" : "baseline")} in the measured iterations, in µs (timestamps around each call of the pair)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (PairedResults.For(summary, benchmarkCase) is not { } iterations)
        {
            return "-";
        }

        var ticks = iterations.Sum(i => sdk ? i.SdkTicks : i.BaselineTicks);
        var pairs = iterations.Sum(i => i.Pairs);
        return string.Create(CultureInfo.InvariantCulture, $"{ticks * 1e6 / System.Diagnostics.Stopwatch.Frequency / pairs:0.0} µs");
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(QueryPairedBenchmarks));
}

/// <summary>
/// The SDK's time over the baseline's in the paired run: the mean of the measured iterations' ratios (each the SDK's
/// summed time over the baseline's in that iteration), with the upper end of its 99.9% confidence interval.
/// </summary>
/// <remarks>
/// Each iteration's ratio is taken over a thousand or so pairs made in the same fraction of a second, so the
/// machine's drift cancels in it; the iterations' ratios then vary little, and Student's t over them bounds the mean.
/// </remarks>
public sealed class PairedRatioColumn : IColumn
{
    public string Id => nameof(PairedRatioColumn);

    public string ColumnName => "SDK/baseline (paired) ≤ (99.9%)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean over the measured iterations of the SDK's time over the baseline's in the same iteration, and the upper end of its 99.9% confidence interval (Student's t)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (PairedResults.For(summary, benchmarkCase) is not { } iterations)
        {
            return "-";
        }

        // BenchmarkDotNet's statistics of the iterations' ratios: its confidence interval is the 99.9% Student's t
        // interval, the one its Error column and RatioUpperBoundColumn use.
        var ratios = new Statistics(iterations.Select(i => i.Ratio));
        return ratios.N < 2
            ? string.Create(CultureInfo.InvariantCulture, $"{ratios.Mean:0.000}")
            : string.Create(CultureInfo.InvariantCulture, $"{ratios.Mean:0.000} ≤ {ratios.ConfidenceInterval.Upper:0.000}");
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Descriptor.Type == typeof(QueryPairedBenchmarks));
}

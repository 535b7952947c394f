using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// For a run with <see cref="InterleavedLaunches"/>: the ratio of this method to the baseline over all launches,
/// as the geometric mean of each launch's Mean/baseline Mean; then the lowest and highest launch in brackets, and
/// the one-sided 95% upper bound of the geometric mean (from three launches on).
/// </summary>
/// <remarks>
/// Each launch's ratio compares two processes that ran one right after the other, so a drift in the machine's
/// speed over minutes mostly cancels within it, and the launches' ratios can be treated as independent samples.
/// The bound is Student's t on their logarithms: a handful of launches gives a wide bound, which is the point, as
/// the spread between processes is the largest error on this machine.
/// </remarks>
public sealed class InterleavedRatioColumn : IColumn
{
    public string Id => nameof(InterleavedRatioColumn);

    public string ColumnName => "Ratio, all launches";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Baseline;

    public int PriorityInCategory => 20;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Geometric mean over the interleaved launches of Mean/baseline Mean in the same launch [lowest-highest launch] ≤ its one-sided 95% upper bound (t on the logs)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (InterleavedLaunches.LaunchOf(benchmarkCase) is null)
        {
            return "-";
        }

        var ratios = new List<double>();
        foreach (var sameMethod in summary.BenchmarksCases.Where(c =>
                     c.Descriptor == benchmarkCase.Descriptor
                     && c.Parameters.FolderInfo == benchmarkCase.Parameters.FolderInfo
                     && InterleavedLaunches.LaunchOf(c) is not null))
        {
            var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(sameMethod));
            var current = summary[sameMethod]?.ResultStatistics;
            var reference = baseline is null ? null : summary[baseline]?.ResultStatistics;
            if (current is not null && reference is not null && reference.Mean > 0)
            {
                ratios.Add(current.Mean / reference.Mean);
            }
        }

        if (ratios.Count == 0)
        {
            return "-";
        }

        // BenchmarkDotNet's own statistics of the logarithms, and Perfolizer's Student distribution for the bound.
        var logs = new Statistics(ratios.Select(r => Math.Log(r)));
        var text = string.Create(CultureInfo.InvariantCulture, $"{Math.Exp(logs.Mean):0.000} [{ratios.Min():0.00}-{ratios.Max():0.00}]");
        if (logs.N < 3)
        {
            return text;
        }

        var bound = Math.Exp(logs.Mean + (new StudentDistribution(logs.N - 1).Quantile(0.95) * logs.StandardError));
        return string.Create(CultureInfo.InvariantCulture, $"{text} ≤ {bound:0.000}");
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Descriptor.Baseline) && summary.BenchmarksCases.Any(c => InterleavedLaunches.LaunchOf(c) is not null);
}

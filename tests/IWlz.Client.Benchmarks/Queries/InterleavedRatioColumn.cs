using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// For a run with <see cref="InterleavedLaunches"/>: the ratio of this method to the baseline over all launches,
/// as the geometric mean of each launch's Mean/baseline Mean, with the lowest and highest launch in brackets.
/// </summary>
/// <remarks>
/// Each launch's ratio compares two processes that ran one right after the other, so a drift in the machine's
/// speed over minutes mostly cancels within it. The spread between launches is shown instead of an interval: with
/// a handful of launches a t-interval would mostly show how few there are.
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

    public string Legend => "Geometric mean over the interleaved launches of Mean/baseline Mean in the same launch (lowest-highest launch)";

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

        var geometricMean = Math.Exp(ratios.Average(Math.Log));
        return string.Create(CultureInfo.InvariantCulture, $"{geometricMean:0.000} ({ratios.Min():0.00}-{ratios.Max():0.00})");
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Descriptor.Baseline) && summary.BenchmarksCases.Any(c => InterleavedLaunches.LaunchOf(c) is not null);
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IWlz.Client.Benchmarks.Netwerkpunt;

/// <summary>The 99th percentile of the measured iterations, in milliseconds (one request per iteration in the latency benchmarks).</summary>
public sealed class P99Column : IColumn
{
    public string Id => "P99ms";

    public string ColumnName => "P99 [ms]";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "99th percentile of iteration times, in milliseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "-" : (statistics.Percentiles.Percentile(99) / 1_000_000).ToString("0.000", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

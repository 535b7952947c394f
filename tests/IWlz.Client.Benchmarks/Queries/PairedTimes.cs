namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// What <see cref="QueryPairedBenchmarks"/> records: per case, per iteration, the summed ticks of each side's calls
/// and the number of pairs. Kept in this process for the columns, which run in it too (in-process toolchain).
/// </summary>
internal static class PairedTimes
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Recorder> Recorders = [];

    /// <summary>Starts recording <paramref name="caseName"/> afresh (a case run again replaces its earlier record).</summary>
    internal static Recorder Start(string caseName)
    {
        var recorder = new Recorder();
        lock (Gate)
        {
            Recorders[caseName] = recorder;
        }

        return recorder;
    }

    internal static Recorder? Find(string caseName)
    {
        lock (Gate)
        {
            return Recorders.GetValueOrDefault(caseName);
        }
    }

    /// <summary>One iteration's sums.</summary>
    internal readonly record struct Iteration(long BaselineTicks, long SdkTicks, long Pairs)
    {
        internal double Ratio => (double)SdkTicks / BaselineTicks;
    }

    internal sealed class Recorder
    {
        private readonly List<Iteration> _done = [];
        private long _baselineTicks;
        private long _sdkTicks;
        private long _pairs;

        /// <summary>Called by the benchmark only, one call at a time (BenchmarkDotNet awaits each invocation).</summary>
        internal void Add(long baselineTicks, long sdkTicks)
        {
            _baselineTicks += baselineTicks;
            _sdkTicks += sdkTicks;
            _pairs++;
        }

        /// <summary>Closes the current iteration's sums (before the next iteration, and once more when the case ends).</summary>
        internal void NextIteration()
        {
            if (_pairs > 0)
            {
                _done.Add(new Iteration(_baselineTicks, _sdkTicks, _pairs));
            }

            (_baselineTicks, _sdkTicks, _pairs) = (0, 0, 0);
        }

        /// <summary>The last <paramref name="count"/> closed iterations.</summary>
        internal IReadOnlyList<Iteration> Last(int count) =>
            _done.Count <= count ? _done : _done.GetRange(_done.Count - count, count);
    }
}

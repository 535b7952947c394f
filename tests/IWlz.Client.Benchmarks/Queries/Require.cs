namespace IWlz.Client.Benchmarks.Queries;

/// <summary>Checks in a benchmark's setup, so a run that measures the wrong thing fails instead of reporting.</summary>
internal static class Require
{
    internal static void Same<T>(T actual, T expected, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            throw new InvalidOperationException($"Benchmark setup check failed: {what} is '{actual}', expected '{expected}'.");
        }
    }
}

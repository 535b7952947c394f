using System.Diagnostics;
using System.Globalization;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// Puts the benchmark process and the register stub on different cores (Linux, with <c>taskset</c>, two or more
/// cores), so the client under measurement and the server it calls do not take turns on one core. Every thread
/// of a process is pinned (<c>taskset --all-tasks</c>): on Linux an affinity set through
/// <see cref="Process.ProcessorAffinity"/> applies only to the main thread, and threads the runtime already
/// started would stay free. Threads started later inherit the mask of the thread that starts them.
/// <c>IWLZ_BENCH_PIN=0</c> switches pinning off.
/// </summary>
internal static class CpuPinning
{
    /// <summary>The core of the benchmark process (the client).</summary>
    internal const int ClientCpu = 0;

    /// <summary>The core of the register stub.</summary>
    internal const int StubCpu = 1;

    internal static bool IsAvailable { get; } =
        OperatingSystem.IsLinux()
        && Environment.ProcessorCount >= 2
        && Environment.GetEnvironmentVariable("IWLZ_BENCH_PIN") != "0"
        && Taskset() is not null;

    /// <summary>Pins every thread of this process to <paramref name="cpu"/>; disposing restores the previous mask.</summary>
    internal static IDisposable? PinThisProcess(int cpu)
    {
        if (!IsAvailable || !OperatingSystem.IsLinux())
        {
            return null;
        }

        using var self = Process.GetCurrentProcess();
        var previous = ((long)self.ProcessorAffinity).ToString("x", CultureInfo.InvariantCulture);
        // Options first: taskset stops reading options at its first other argument.
        Run("--all-tasks", "--pid", "--cpu-list", cpu.ToString(CultureInfo.InvariantCulture), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return new Restore(previous);
    }

    private static string? Taskset() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "taskset"))
            .FirstOrDefault(File.Exists);

    private static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"taskset {string.Join(' ', arguments)} failed: {output}");
        }
    }

    private sealed class Restore(string mask) : IDisposable
    {
        public void Dispose() => Run("--all-tasks", "--pid", mask, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    }
}

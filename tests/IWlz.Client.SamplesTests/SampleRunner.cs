using System.Reflection;
using System.Text;

namespace IWlz.Client.SamplesTests;

/// <summary>
/// Runs a sample's real entry point in this process with its console output captured. The samples write to
/// <see cref="Console"/>, which is process-wide, so every sample test is in one collection and runs alone.
/// </summary>
internal static class SampleRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string assemblyName, params string[] args)
    {
        var entryPoint = Assembly.Load(assemblyName).EntryPoint
            ?? throw new InvalidOperationException($"{assemblyName} has no entry point.");
        var output = new StringBuilder();
        var originalOut = Console.Out;
        var originalError = Console.Error;
        using var writer = TextWriter.Synchronized(new StringWriter(output));
        Console.SetOut(writer);
        Console.SetError(writer);
        try
        {
            var parameters = entryPoint.GetParameters().Length == 0 ? null : new object[] { args };
            var exitCode = await Task.Run(() => entryPoint.Invoke(null, parameters) switch
            {
                int code => code,
                Task<int> task => task.GetAwaiter().GetResult(),
                _ => 0,
            }).WaitAsync(TimeSpan.FromMinutes(2));
            return (exitCode, output.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleSamples
{
    public const string Name = "console samples";
}

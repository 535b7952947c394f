using System.Diagnostics;
using System.Reflection;

namespace IWlz.Client.TestInfrastructure;

/// <summary>
/// The harness of the hard-kill tests (linked into each test project that has one). The code under test runs
/// in a child process, so a kill skips every shutdown path; the child and the test talk through files in a
/// temporary folder that outlives the kill, so a second child can be started on the same files.
/// </summary>
internal sealed class ChildProcessHarness : IDisposable
{
    private readonly string _hostPath;

    /// <param name="testAssembly">The test assembly; its project records the host's path as <c>AssemblyMetadata(hostKey, path)</c>.</param>
    /// <param name="hostKey">The metadata key of the host (the host project is built first through a non-referencing ProjectReference).</param>
    /// <param name="folderPrefix">The start of the temporary folder's name, to tell the tests' leftovers apart.</param>
    public ChildProcessHarness(Assembly testAssembly, string hostKey, string folderPrefix)
    {
        _hostPath = testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == hostKey).Value!;
        Assert.True(File.Exists(_hostPath), $"The test host was not built at {_hostPath}.");
        Folder = Directory.CreateTempSubdirectory(folderPrefix).FullName;
    }

    /// <summary>The folder the test and its child processes share.</summary>
    public string Folder { get; }

    /// <summary>The path of <paramref name="name"/> in <see cref="Folder"/>.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>
    /// Starts the host with <c>name value</c> argument pairs and extra environment variables. Its output is read
    /// and dropped, so a chatty host never blocks on a full pipe.
    /// </summary>
    public Process Start(IEnumerable<(string Name, string Value)> arguments, IEnumerable<KeyValuePair<string, string>>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_hostPath);
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in arguments)
        {
            start.ArgumentList.Add(name);
            start.ArgumentList.Add(value);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Kills the process and its children at once (no shutdown, no flush) and waits until it is gone.</summary>
    public static async Task KillAsync(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>The non-empty lines of a file a child may still be writing; none when it does not exist yet.</summary>
    public static List<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child that is still closing may hold a file; the folder is in the temp directory.
        }
    }
}

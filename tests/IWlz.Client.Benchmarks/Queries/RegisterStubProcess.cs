using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The <see cref="RegisterStub"/> in a child process of its own, so the server's work (Kestrel, its side of
/// TLS) does not share a core, a thread pool or a garbage collector with the client being measured. The child is
/// this same assembly started with <see cref="Argument"/>; it gets the server certificate and the recorded
/// answer through files in a temporary folder, prints its address on standard output, and stops when its
/// standard input closes (so a benchmark process that dies never leaves a server behind).
/// </summary>
internal sealed class RegisterStubProcess : IAsyncDisposable
{
    /// <summary>The first command-line argument that makes the benchmark executable run as the stub.</summary>
    internal const string Argument = "--register-stub";

    private const string ListeningPrefix = "listening ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly string _folder;

    private RegisterStubProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the stub listens.</summary>
    internal Uri BaseAddress { get; }

    /// <summary>Starts the child on <paramref name="cpu"/> (when <see cref="CpuPinning"/> can pin) and waits for its address.</summary>
    internal static async Task<RegisterStubProcess> StartAsync(X509Certificate2 serverCertificate, StubAnswer answer, int? cpu)
    {
        var folder = Directory.CreateTempSubdirectory("iwlz-bench-stub-").FullName;
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(Path.Combine(folder, "server.pfx"), serverCertificate.Export(X509ContentType.Pfx, password)).ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.Combine(folder, "answer.bin"), answer.Body).ConfigureAwait(false);

        var self = typeof(RegisterStubProcess).Assembly.Location;

        // The entry assembly's runtime configuration names the shared frameworks (ASP.NET Core included); under
        // BenchmarkDotNet's out-of-process toolchain the entry is its generated project, not this assembly.
        var runtimeConfig = Path.ChangeExtension(Assembly.GetEntryAssembly()!.Location, ".runtimeconfig.json");
        string[] dotnet = [Muxer(), "exec", "--runtimeconfig", runtimeConfig, self, Argument, folder, password, answer.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.ContentType];
        var command = cpu is { } core && CpuPinning.IsAvailable ? ["taskset", "--cpu-list", core.ToString(System.Globalization.CultureInfo.InvariantCulture), .. dotnet] : dotnet;

        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command[1..])
        {
            start.ArgumentList.Add(argument);
        }

        // The stub is a small server: workstation GC, like the benchmark process.
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The register stub process did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The register stub process ended before it listened: {await errors.ConfigureAwait(false)}");
                if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    // Its output is not read any more; it writes nothing else.
                    return new RegisterStubProcess(process, folder, new Uri(line[ListeningPrefix.Length..]));
                }
            }
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>The child's side: runs the stub until standard input closes.</summary>
    internal static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 5)
        {
            await Console.Error.WriteLineAsync($"Usage: {Argument} <folder> <pfx password> <status> <content type>").ConfigureAwait(false);
            return 2;
        }

        var folder = args[1];
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, "server.pfx"), args[2]);
        var answer = new StubAnswer(int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args[4], await File.ReadAllBytesAsync(Path.Combine(folder, "answer.bin")).ConfigureAwait(false));
        var stub = await RegisterStub.StartAsync(certificate, answer).ConfigureAwait(false);
        await using (stub.ConfigureAwait(false))
        {
            Console.Out.WriteLine(ListeningPrefix + stub.BaseAddress);
            await Console.Out.FlushAsync().ConfigureAwait(false);

            // The parent closes standard input to stop the stub, or dies, which closes it too. Waited for on a
            // thread of its own: Console.In's ReadToEndAsync reads synchronously, and here it would hold one of
            // the stub's thread-pool threads for good. On the stub's single core the pool has one thread as its
            // minimum, so every request then waited for the pool to notice starvation and add a thread, stalling
            // a call for 0.5-1 s every few seconds, for the SDK and the baseline alike.
            await Task.Factory.StartNew(() => Console.In.ReadToEnd(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // In the temp directory; a leftover does no harm.
            }
        }
    }

    private static string Muxer() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}

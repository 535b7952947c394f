using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Certificates;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// <c>IWLZ_BENCH_SHARED_STUB=1</c>: every setup in this process that serves the same answer uses one register stub
/// process (with its test CA), started by the first and kept until this process exits, instead of a stub of its own.
/// </summary>
/// <remarks>
/// Why: each stub is a process of its own, and on this machine processes of the same code run at speeds up to tens
/// of percent apart for their whole life. With a stub per setup, the baseline and the SDK each talk to a different
/// stub, and the stub's speed lands in the ratio. With one stub, both sides of a ratio share it. Used by the
/// interleaved in-process runs (<see cref="InterleavedLaunches"/>), where every benchmark case of a class runs in
/// one process. A shared stub stops when this process ends: its standard input closes, which stops it.
/// </remarks>
internal static class SharedStubs
{
    internal const string Variable = "IWLZ_BENCH_SHARED_STUB";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Task<Entry>> Stubs = [];

    internal static bool IsEnabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>The stub that serves <paramref name="answer"/>, started on first use.</summary>
    internal static Task<Entry> GetOrStartAsync(StubAnswer answer)
    {
        var key = $"{answer.StatusCode}|{answer.ContentType}|{Convert.ToHexString(SHA256.HashData(answer.Body))}";
        lock (Gate)
        {
            if (!Stubs.TryGetValue(key, out var entry) || entry.IsFaulted || entry.IsCanceled)
            {
                entry = StartAsync(answer);
                Stubs[key] = entry;
            }

            return entry;
        }
    }

    private static async Task<Entry> StartAsync(StubAnswer answer)
    {
        var authority = new TestCertificateAuthority("IWlz.Client benchmark root (shared stub)", TestCertificateKeyType.EcdsaP256);
        var serverCertificate = authority.IssueServer("127.0.0.1", "localhost");
        try
        {
            var child = await RegisterStubProcess.StartAsync(serverCertificate, answer, CpuPinning.StubCpu).ConfigureAwait(false);
            return new Entry(authority, serverCertificate, child);
        }
        catch
        {
            serverCertificate.Dispose();
            authority.Dispose();
            throw;
        }
    }

    /// <summary>A shared stub: owned by this class, never by a setup.</summary>
    internal sealed record Entry(TestCertificateAuthority Authority, X509Certificate2 ServerCertificate, RegisterStubProcess Process)
    {
        /// <summary>What a setup holds instead of the stub: disposing it leaves the stub running.</summary>
        internal IAsyncDisposable Lease { get; } = new NotOwned();
    }

    private sealed class NotOwned : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

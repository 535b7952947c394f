using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Builder;

namespace IWlz.Client.Benchmarks.Netwerkpunt;

/// <summary>
/// Durable intake of zendNotificatie: throughput with 64 requests in flight, and single-request latency,
/// for the netwerkpunt (validated, stored in SQLite before the answer) and a bare Kestrel endpoint in the
/// same run. Every notification is different (new timestamp and record), so de-duplication never short-cuts.
/// </summary>
[Config(typeof(Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NetwerkpuntIntakeBenchmarks
{
    private const int InFlight = 64;
    private string _folder = string.Empty;
    private WebApplication? _netwerkpunt;
    private WebApplication? _bare;
    private WebApplication? _inMemory;
    private Uri _inMemoryUrl = null!;
    private Uri _netwerkpuntUrl = null!;
    private Uri _bareUrl = null!;
    private HttpClient _client = null!;
    private long _sequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("iwlz-bench-").FullName;
        (_netwerkpunt, _netwerkpuntUrl) = await IntakeServers.StartNetwerkpuntAsync(Path.Combine(_folder, "inbox.db"));
        (_bare, _bareUrl) = await IntakeServers.StartBareAsync();
        (_inMemory, _inMemoryUrl) = await IntakeServers.StartInMemoryNetwerkpuntAsync();
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = InFlight });

        // Measure the steady state of every server, not the JIT: with the in-process toolchain all three share one
        // runtime, so without this the first netwerkpunt case measured paid for tiering up the code that the later
        // in-memory case then found ready. Load every server until the runtime compiles no more methods.
        foreach (var url in new[] { _bareUrl, _netwerkpuntUrl, _inMemoryUrl })
        {
            await WarmUpAsync(url);
        }
    }

    /// <summary>Sends load until no method was compiled for a second (at least 2 s, at most 30 s).</summary>
    private async Task WarmUpAsync(Uri url)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var quietSince = started.Elapsed;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (started.Elapsed < TimeSpan.FromSeconds(30))
        {
            await SendManyAsync(url);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = started.Elapsed;
            }
            else if (started.Elapsed - quietSince > TimeSpan.FromSeconds(1) && started.Elapsed > TimeSpan.FromSeconds(2))
            {
                return;
            }
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _netwerkpunt!.StopAsync();
        await _bare!.StopAsync();
        await _inMemory!.StopAsync();
        await _inMemory.DisposeAsync();
        await _netwerkpunt.DisposeAsync();
        await _bare.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = InFlight, Description = "bare Kestrel, 64 in flight (per request)")]
    [BenchmarkCategory("Throughput")]
    public Task BareThroughput() => SendManyAsync(_bareUrl);

    [Benchmark(OperationsPerInvoke = InFlight, Description = "netwerkpunt + SQLite, 64 in flight (per request)")]
    [BenchmarkCategory("Throughput")]
    public Task NetwerkpuntThroughput() => SendManyAsync(_netwerkpuntUrl);

    [Benchmark(OperationsPerInvoke = InFlight, Description = "netwerkpunt + in-memory inbox, 64 in flight (per request)")]
    [BenchmarkCategory("Throughput")]
    public Task InMemoryThroughput() => SendManyAsync(_inMemoryUrl);

    [Benchmark(Baseline = true, Description = "bare Kestrel, one request")]
    [BenchmarkCategory("Latency")]
    public Task BareLatency() => SendAsync(_bareUrl);

    [Benchmark(Description = "netwerkpunt + SQLite, one request")]
    [BenchmarkCategory("Latency")]
    public Task NetwerkpuntLatency() => SendAsync(_netwerkpuntUrl);

    private const string Prefix =
        "{\"query\":\"mutation zendNotificatie($notificatieInput: NotificatieInput!) { zendNotificatie(notificatieInput: $notificatieInput) { notificatieID } }\"," +
        "\"variables\":{\"notificatieInput\":{\"timestamp\":\"";

    private const string Middle =
        "\",\"afzenderIDType\":\"UZOVI\",\"afzenderID\":\"5000\",\"ontvangerIDType\":\"AGB\",\"ontvangerID\":\"01234567\"," +
        "\"eventType\":\"NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER\",\"subjectList\":[{\"subject\":\"Bemiddeling/2f1c3f0e-1d2a-4b6e-9a49-0c7bd1b2a0f1\",\"recordID\":\"Bemiddelingspecificatie/";

    private const string Suffix = "\"}]}}}";

    private Task SendManyAsync(Uri url) => Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => SendAsync(url)));

    private async Task SendAsync(Uri url)
    {
        var n = Interlocked.Increment(ref _sequence);
        var timestamp = DateTimeOffset.UtcNow.AddTicks(n).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var body = Prefix + timestamp + Middle + Guid.NewGuid().ToString("D") + Suffix;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(url, content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The endpoint answered {(int)response.StatusCode}.");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new P99Column());

            // Every iteration of the latency benchmarks is exactly one request, so the P99 column is the
            // 99th percentile of request latency; the throughput iterations are 64 requests each.
            AddJob(Job.Default
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(20)
                .WithIterationCount(400)
                .WithLaunchCount(1)

                // A server under load does not collect its whole heap between requests. A forced full GC per
                // iteration (BenchmarkDotNet's default) made the finalizer thread trim every array pool
                // hundreds of times, which took a quarter of the CPU in a profile of this benchmark.
                .WithGcForce(false)

                // Server GC (set in the project file), as a real ASP.NET Core host runs by default. Stated here too so
                // the job says so; the in-process toolchain does not enforce it (DOTNET_gcServer=0 still runs), so
                // read the "GC=" line of the summary.
                .WithGcServer(true)

                // In process: the servers run in the benchmark process anyway, and a separate build does not fit a busy 2-core machine.
                .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
        }
    }
}

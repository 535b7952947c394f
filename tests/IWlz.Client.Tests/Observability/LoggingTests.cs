using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Observability;

/// <summary>Log messages: stable, unique and documented EventIds, the levels of logging.md §6.13, and redaction.</summary>
public sealed class LoggingTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public void Every_EventId_of_the_sdk_is_unique_and_in_the_documented_table()
    {
        var messages = LoggerMessages().ToList();
        Assert.True(messages.Count >= 30, $"found only {messages.Count} [LoggerMessage] methods");

        var duplicates = messages.GroupBy(m => m.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToList();
        Assert.True(duplicates.Count == 0, "EventIds used twice: " + string.Join("; ", duplicates));

        var table = DocumentedEventIds();
        var undocumented = messages.Where(m => !table.TryGetValue(m.EventId, out var level) || level != m.Level).Select(m => $"{m.EventId} ({m.Level}, {m.Method})").ToList();
        Assert.True(undocumented.Count == 0, "Not in docs/observability.md with this level: " + string.Join("; ", undocumented));
        var stale = table.Keys.Except(messages.Select(m => m.EventId)).ToList();
        Assert.True(stale.Count == 0, "Documented but not in the code: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Lifecycle_is_Information_http_metadata_Debug_partial_data_Warning_and_failures_Error()
    {
        _network.WithToken().WithPepSequence(
            (503, "{}", "application/json", null),
            (200, """{"data":{"bemiddelingspecificatie":[]},"errors":[{"message":"one field failed"}]}""", "application/graphql-response+json", null),
            (403, """{"errors":[{"message":"Policy: Access Denied","extensions":{"code":"FORBIDDEN"}}]}""", "application/json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        var byId = sdk.Logs.Records.GroupBy(r => r.EventId.Id).ToDictionary(g => g.Key, g => g.First().Level);
        Assert.Equal(LogLevel.Information, byId[2002]); // token received
        Assert.Equal(LogLevel.Debug, byId[3004]); // HTTP status and media type
        Assert.Equal(LogLevel.Warning, byId[3001]); // retry
        Assert.Equal(LogLevel.Warning, byId[3005]); // partial GraphQL errors
        Assert.Equal(LogLevel.Error, byId[3006]); // failure
    }

    [Fact]
    public async Task Every_sdk_log_line_of_a_call_is_written_inside_an_sdk_span()
    {
        var inside = new ConcurrentQueue<(string Category, int EventId, bool InSdkSpan)>();
        _network.WithToken().WithPepSequence((503, "{}", "application/json", null), (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, build: b => b.Services.AddLogging(l => l.AddProvider(new ActivityRecordingProvider(inside))));

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var sdkLines = inside.Where(l => l.Category.StartsWith("IWlz.Client", StringComparison.Ordinal)).ToList();
        Assert.Contains(sdkLines, l => l.EventId == 3001);
        Assert.All(sdkLines, l => Assert.True(l.InSdkSpan, $"{l.Category} {l.EventId} was written outside an SDK span"));
    }

    [Fact]
    public async Task The_factory_logging_of_sdk_clients_shows_no_header_value()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var pep = _network.PepRequests.Single().RequestMessage!.Headers!;
        var bearer = pep["Authorization"].Single();
        var token = bearer["Bearer ".Length..];
        var headerLogs = sdk.Logs.Records.Where(r => r.Category.StartsWith("System.Net.Http.HttpClient.IWlz.Client", StringComparison.Ordinal)).ToList();
        Assert.Contains(headerLogs, r => r.Message.Contains("Authorization: *", StringComparison.Ordinal));
        Assert.Contains(headerLogs, r => r.Message.Contains("X-B3-TraceId: *", StringComparison.Ordinal));
        var all = sdk.AllLogText();
        Assert.DoesNotContain(token, all, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], all, StringComparison.Ordinal); // not even the JWT payload
        Assert.DoesNotContain(pep["X-B3-TraceId"].Single(), string.Join('\n', headerLogs.Select(r => r.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_turns_header_redaction_off_for_all_clients_still_gets_no_sdk_header_value()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, build: b =>
        {
            // Both ways a host can switch redaction off for every client, registered after AddIWlzClient.
            b.Services.ConfigureHttpClientDefaults(d => d.RedactLoggedHeaders(_ => false));
            b.Services.ConfigureAll<HttpClientFactoryOptions>(o => o.ShouldRedactHeaderValue = _ => false);
            b.Services.AddHttpClient("vendor");
        });

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var bearer = _network.PepRequests.Single().RequestMessage!.Headers!["Authorization"].Single();
        var token = bearer["Bearer ".Length..];
        var headerLogs = sdk.Logs.Records.Where(r => r.Category.StartsWith("System.Net.Http.HttpClient.IWlz.Client", StringComparison.Ordinal)).ToList();
        Assert.Contains(headerLogs, r => r.Message.Contains("Authorization: *", StringComparison.Ordinal));
        Assert.DoesNotContain(token, sdk.AllLogText(), StringComparison.Ordinal);

        // The host's own clients keep the host's choice: the SDK only touches its own clients.
        var vendorOptions = sdk.Provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<HttpClientFactoryOptions>>().Get("vendor");
        Assert.False(vendorOptions.ShouldRedactHeaderValue("Authorization"));
    }

    public void Dispose() => _network.Dispose();

    private static IEnumerable<(int EventId, LogLevel Level, string Method)> LoggerMessages()
    {
        var assemblies = new[] { typeof(IWlzException).Assembly, typeof(IWlz.Client.AspNetCore.Diagnostics.IWlzAspNetCoreDiagnostics).Assembly };
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return assemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(All))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.EventId, x.Attribute.Level, $"{x.Method.DeclaringType!.Name}.{x.Method.Name}"));
    }

    /// <summary>Reads the EventId table of docs/observability.md: rows like <c>| 3001 | Warning | ... |</c>.</summary>
    private static Dictionary<int, LogLevel> DocumentedEventIds()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IWlz.Client.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var text = File.ReadAllText(Path.Combine(directory.FullName, "docs", "observability.md"));
        return Regex.Matches(text, @"^\|\s*(\d{4})\s*\|\s*(Trace|Debug|Information|Warning|Error|Critical)\s*\|", RegexOptions.Multiline)
            .ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => Enum.Parse<LogLevel>(m.Groups[2].Value));
    }

    private sealed class ActivityRecordingProvider(ConcurrentQueue<(string, int, bool)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, int, bool)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue((category, eventId.Id, SdkActivity.IsSdkSpan(Activity.Current)));
        }
    }
}

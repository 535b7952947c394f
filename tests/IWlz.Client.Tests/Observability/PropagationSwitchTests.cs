using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// logging.md §6.2: B3 is sent when the host switches HttpClient's activity propagation off with
/// <c>System.Net.Http.EnableActivityPropagation=false</c>. HttpClient reads that switch once per process, so the
/// query runs in a process of its own (tests/IWlz.Client.TracingProbe) started with the switch in its environment.
/// </summary>
public sealed class PropagationSwitchTests
{
    [Fact]
    public async Task B3_is_sent_when_HttpClient_activity_propagation_is_switched_off()
    {
        var off = await RunProbeAsync(propagation: false);
        var on = await RunProbeAsync(propagation: true);

        // The switch took effect: HttpClient started no activity of its own, and so propagated nothing.
        Assert.Equal(0, off.GetProperty("httpActivities").GetInt32());
        Assert.True(on.GetProperty("httpActivities").GetInt32() > 0, "the control run shows HttpClient's own activities");

        Assert.True(off.GetProperty("success").GetBoolean());
        var requests = off.GetProperty("requests").EnumerateArray().ToList();
        var pep = Assert.Single(requests, r => r.GetProperty("Client").GetString() == "IWlz.Client.Pep");
        var token = Assert.Single(requests, r => r.GetProperty("Client").GetString() == "IWlz.Client.Nid");
        foreach (var request in new[] { pep, token })
        {
            var headers = request.GetProperty("Headers");
            Assert.Matches("^[0-9a-f]{32}$", Single(headers, "X-B3-TraceId"));
            Assert.Matches("^[0-9a-f]{16}$", Single(headers, "X-B3-SpanId"));
            Assert.DoesNotMatch("^0+$", Single(headers, "X-B3-TraceId"));
            Assert.DoesNotMatch("^0+$", Single(headers, "X-B3-SpanId"));
            Assert.False(headers.TryGetProperty("traceparent", out _));
        }

        Assert.Equal(off.GetProperty("traceId").GetString(), Single(pep.GetProperty("Headers"), "X-B3-TraceId"));
        Assert.Equal(off.GetProperty("spanId").GetString(), Single(pep.GetProperty("Headers"), "X-B3-SpanId"));
        Assert.Equal(Single(pep.GetProperty("Headers"), "X-B3-TraceId"), Single(token.GetProperty("Headers"), "X-B3-TraceId"));
        Assert.NotEqual(Single(pep.GetProperty("Headers"), "X-B3-SpanId"), Single(token.GetProperty("Headers"), "X-B3-SpanId"));
    }

    private static string Single(JsonElement headers, string name)
    {
        Assert.True(headers.TryGetProperty(name, out var values), $"No {name} header.");
        return Assert.Single(values.EnumerateArray().ToList()).GetString()!;
    }

    private static async Task<JsonElement> RunProbeAsync(bool propagation)
    {
        var path = typeof(PropagationSwitchTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TracingProbe").Value!;
        Assert.True(File.Exists(path), $"The tracing probe was not built at {path}.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(path);
        start.Environment["DOTNET_SYSTEM_NET_HTTP_ENABLEACTIVITYPROPAGATION"] = propagation ? "true" : "false";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"The probe failed ({process.ExitCode}): {await error}");
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return JsonDocument.Parse(lines.Last(l => l.StartsWith('{'))).RootElement.Clone();
    }
}

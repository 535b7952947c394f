using System.Diagnostics;
using IWlz.Client.OpenTelemetry;
using OpenTelemetry.Context.Propagation;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// The B3 propagator of IWlz.Client.OpenTelemetry (logging.md §6.20), for the host's own traffic: strict in what
/// it writes, tolerant in what it reads, and never failing on a bad header.
/// </summary>
public sealed class B3PropagatorTests
{
    private static readonly IWlzB3Propagator Propagator = new();

    [Fact]
    public void Inject_writes_the_three_b3_headers_in_lower_case_hex()
    {
        var traceId = ActivityTraceId.CreateFromString("4bf92f3577b34da6a3ce929d0e0e4736");
        var spanId = ActivitySpanId.CreateFromString("00f067aa0ba902b7");
        var headers = new Dictionary<string, string>();

        Propagator.Inject(new PropagationContext(new ActivityContext(traceId, spanId, ActivityTraceFlags.Recorded), default), headers, (h, k, v) => h[k] = v);

        Assert.Equal(3, headers.Count);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", headers["X-B3-TraceId"]);
        Assert.Equal("00f067aa0ba902b7", headers["X-B3-SpanId"]);
        Assert.Equal("1", headers["X-B3-Sampled"]);
        Assert.DoesNotContain("X-B3-ParentSpanId", headers.Keys);
    }

    [Fact]
    public void Inject_writes_nothing_for_an_invalid_context()
    {
        var headers = new Dictionary<string, string>();

        Propagator.Inject(default, headers, (h, k, v) => h[k] = v);

        Assert.Empty(headers);
    }

    [Fact]
    public void What_inject_writes_extract_reads_back_as_a_remote_context()
    {
        using var activity = new Activity("round trip").SetIdFormat(ActivityIdFormat.W3C).Start();
        activity.ActivityTraceFlags = ActivityTraceFlags.None;
        var headers = new Dictionary<string, string>();
        Propagator.Inject(new PropagationContext(activity.Context, default), headers, (h, k, v) => h[k] = v);

        var extracted = Propagator.Extract(default, headers, Get).ActivityContext;

        Assert.Equal(activity.TraceId, extracted.TraceId);
        Assert.Equal(activity.SpanId, extracted.SpanId);
        Assert.Equal(ActivityTraceFlags.None, extracted.TraceFlags);
        Assert.True(extracted.IsRemote);
    }

    [Theory]
    [InlineData("a3ce929d0e0e4736", "00f067aa0ba902b7", "1", "0000000000000000a3ce929d0e0e4736", true)]
    [InlineData("4BF92F3577B34DA6A3CE929D0E0E4736", "00F067AA0BA902B7", "true", "4bf92f3577b34da6a3ce929d0e0e4736", true)]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "0", "4bf92f3577b34da6a3ce929d0e0e4736", false)]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null, "4bf92f3577b34da6a3ce929d0e0e4736", false)]
    public void Extract_reads_64_bit_and_upper_case_ids_and_the_sampling_decision(string traceId, string spanId, string? sampled, string expectedTraceId, bool expectedSampled)
    {
        var headers = new Dictionary<string, string> { ["X-B3-TraceId"] = traceId, ["X-B3-SpanId"] = spanId };
        if (sampled is not null)
        {
            headers["X-B3-Sampled"] = sampled;
        }

        var extracted = Propagator.Extract(default, headers, Get).ActivityContext;

        Assert.Equal(expectedTraceId, extracted.TraceId.ToHexString());
        Assert.Equal(spanId.ToLowerInvariant(), extracted.SpanId.ToHexString());
        Assert.Equal(expectedSampled, extracted.TraceFlags.HasFlag(ActivityTraceFlags.Recorded));
    }

    [Fact]
    public void Extract_reads_the_single_b3_header_and_the_debug_flag()
    {
        var headers = new Dictionary<string, string> { ["b3"] = "80f198ee56343ba864fe8b2a57d3eff7-e457b5a2e4d86bd1-d-05e3ac9a4f6e3b90" };

        var extracted = Propagator.Extract(default, headers, Get).ActivityContext;

        Assert.Equal("80f198ee56343ba864fe8b2a57d3eff7", extracted.TraceId.ToHexString());
        Assert.Equal("e457b5a2e4d86bd1", extracted.SpanId.ToHexString());
        Assert.True(extracted.TraceFlags.HasFlag(ActivityTraceFlags.Recorded));
    }

    [Theory]
    [InlineData("00000000000000000000000000000000", "00f067aa0ba902b7")]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e4736", "0000000000000000")]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e473", "00f067aa0ba902b7")]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b")]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e473g", "00f067aa0ba902b7")]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e4736", "")]
    public void Extract_ignores_malformed_headers_and_keeps_the_incoming_context(string traceId, string spanId)
    {
        var headers = new Dictionary<string, string> { ["X-B3-TraceId"] = traceId, ["X-B3-SpanId"] = spanId, ["X-B3-Sampled"] = "1" };

        var extracted = Propagator.Extract(default, headers, Get);

        Assert.Equal(default, extracted.ActivityContext);
    }

    [Fact]
    public void Extract_leaves_a_context_another_propagator_already_found()
    {
        var existing = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);
        var headers = new Dictionary<string, string> { ["X-B3-TraceId"] = "4bf92f3577b34da6a3ce929d0e0e4736", ["X-B3-SpanId"] = "00f067aa0ba902b7" };

        var extracted = Propagator.Extract(new PropagationContext(existing, default), headers, Get);

        Assert.Equal(existing, extracted.ActivityContext);
    }

    [Fact]
    public void Fields_name_every_header_it_reads_or_writes()
    {
        Assert.True(Propagator.Fields.SetEquals(["X-B3-TraceId", "X-B3-SpanId", "X-B3-Sampled", "X-B3-Flags", "b3"]));
    }

    private static IEnumerable<string>? Get(Dictionary<string, string> headers, string name) =>
        headers.TryGetValue(name, out var value) ? [value] : null;
}

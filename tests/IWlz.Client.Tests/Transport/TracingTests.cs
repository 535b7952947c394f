using System.Collections.Concurrent;
using System.Diagnostics;
using IWlz.Client.Diagnostics;
using IWlz.Client.Tests.Infrastructure;

namespace IWlz.Client.Tests.Transport;

[CollectionDefinition(nameof(GlobalTracingState), DisableParallelization = true)]
public sealed class GlobalTracingState;

/// <summary>These tests change process-wide tracing state (listeners, the default propagator), so they run alone.</summary>
[Collection(nameof(GlobalTracingState))]
public sealed class TracingTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task B3_headers_equal_the_ids_of_the_sdk_activities()
    {
        var started = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == IWlzDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = started.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var query = Assert.Single(started, a => a.DisplayName == "query GetBemiddelingspecificatie");
        var token = Assert.Single(started, a => a.DisplayName == "nID token");
        var pepHeaders = _network.PepRequests.Single().RequestMessage!.Headers!;
        var tokenHeaders = _network.TokenRequests.Single().RequestMessage!.Headers!;
        Assert.Equal(query.TraceId.ToHexString(), pepHeaders["X-B3-TraceId"].Single());
        Assert.Equal(query.SpanId.ToHexString(), pepHeaders["X-B3-SpanId"].Single());
        Assert.Equal(token.SpanId.ToHexString(), tokenHeaders["X-B3-SpanId"].Single());
        Assert.Equal(query.TraceId, token.TraceId);
        Assert.Equal("GetBemiddelingspecificatie", query.GetTagItem("graphql.operation.name"));
        if (pepHeaders.TryGetValue("traceparent", out var traceparent))
        {
            Assert.Equal(query.TraceId.ToHexString(), traceparent.Single().Split('-')[1]); // W3C and B3 agree
        }
    }

    [Fact]
    public async Task B3_headers_are_sent_when_HttpClient_propagation_is_off_and_nothing_listens()
    {
        var previous = DistributedContextPropagator.Current;
        DistributedContextPropagator.Current = DistributedContextPropagator.CreateNoOutputPropagator();
        try
        {
            _network.WithToken().WithPep(200, Success);
            using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

            var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

            var headers = _network.PepRequests.Single().RequestMessage!.Headers!;
            Assert.False(headers.ContainsKey("traceparent"));
            Assert.Matches("^[0-9a-f]{32}$", headers["X-B3-TraceId"].Single());
            Assert.Matches("^[0-9a-f]{16}$", headers["X-B3-SpanId"].Single());
            Assert.Equal(response.TraceId, headers["X-B3-TraceId"].Single());
        }
        finally
        {
            DistributedContextPropagator.Current = previous;
        }
    }

    [Fact]
    public async Task Each_call_gets_its_own_trace()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var first = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        var second = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.NotEqual(first.TraceId, second.TraceId);
    }

    public void Dispose() => _network.Dispose();
}

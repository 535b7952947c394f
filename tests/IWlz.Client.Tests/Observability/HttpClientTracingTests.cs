using System.Diagnostics;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Transport;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// HttpClient's own diagnostics stage is in the SDK's socket handlers only while a host observes HttpClient: with it,
/// the host's HTTP span and <c>traceparent</c>; without it, B3 alone and no activity or tags per request.
/// </summary>
[Collection(nameof(GlobalTracingState))]
public sealed class HttpClientTracingTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public void An_activity_listener_or_a_diagnostic_subscriber_on_HttpClient_counts_as_observing()
    {
        Assert.False(HttpClientTracing.IsObserved);

        using (var listener = new ActivityListener { ShouldListenTo = s => s.Name == "System.Net.Http", Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData })
        {
            ActivitySource.AddActivityListener(listener);
            Assert.True(HttpClientTracing.IsObserved);
        }

        Assert.False(HttpClientTracing.IsObserved);

        using var subscriber = new HttpHandlerDiagnosticSubscriber();
        Assert.True(HttpClientTracing.IsObserved);
    }

    [Fact]
    public async Task Without_an_observer_B3_is_sent_and_HttpClient_starts_no_activity_of_its_own()
    {
        var started = new List<Activity>();
        using var sdkOnly = new ActivityListener
        {
            ShouldListenTo = s => s.Name == Diagnostics.IWlzDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(sdkOnly);
        Activity.CurrentChanged += Record;
        try
        {
            _network.WithToken().WithPep(200, Success);
            using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

            var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

            var headers = _network.PepRequests.Single().RequestMessage!.Headers!;
            Assert.Equal(response.TraceId, headers["X-B3-TraceId"].Single());
            Assert.Equal(response.SpanId, headers["X-B3-SpanId"].Single());
            Assert.False(headers.ContainsKey("traceparent"));
            Assert.DoesNotContain(started, a => a.OperationName == "System.Net.Http.HttpRequestOut");
            Assert.Contains(started, a => a.Source.Name == Diagnostics.IWlzDiagnostics.ActivitySourceName);
        }
        finally
        {
            Activity.CurrentChanged -= Record;
        }

        void Record(object? sender, ActivityChangedEventArgs e)
        {
            if (e.Current is { } current)
            {
                lock (started)
                {
                    started.Add(current);
                }
            }
        }
    }

    [Fact]
    public async Task With_an_observer_the_HTTP_span_nests_under_the_SDK_span_and_traceparent_agrees_with_B3()
    {
        var http = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "System.Net.Http" or Diagnostics.IWlzDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == "System.Net.Http")
                {
                    lock (http)
                    {
                        http.Add(a);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var headers = _network.PepRequests.Single().RequestMessage!.Headers!;
        Assert.Equal(response.TraceId, headers["traceparent"].Single().Split('-')[1]);
        Assert.Equal(response.SpanId, headers["X-B3-SpanId"].Single());
        lock (http)
        {
            Assert.Contains(http, a => a.ParentSpanId.ToHexString() == response.SpanId && a.TraceId.ToHexString() == response.TraceId);
        }
    }

    public void Dispose() => _network.Dispose();
}

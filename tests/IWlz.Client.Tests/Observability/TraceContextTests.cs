using System.Diagnostics;
using System.Reflection;
using IWlz.Client.Diagnostics;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Transport;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// How calls start traces and which B3 headers go on the wire (RFC0022a, logging.md §6.1–6.7, 6.14).
/// These tests listen to activities process-wide, so they run in the collection that runs alone.
/// </summary>
[Collection(nameof(GlobalTracingState))]
public sealed class TraceContextTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private static readonly ActivitySource CallerSource = new("IWlz.Client.Tests.Caller");
    private readonly FakeNetwork _network = FakeNetwork.Start();
    private readonly ActivityCapture _activities = new(s => s.Name is IWlzDiagnostics.ActivitySourceName or "IWlz.Client.Tests.Caller");

    [Fact]
    public async Task A_call_starts_a_new_trace_linked_to_the_callers_activity()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        using (var caller = CallerSource.StartActivity("vendor work"))
        {
            Assert.NotNull(caller);
            await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
            Assert.Same(caller, Activity.Current); // the caller's current activity is back after the call
        }

        var callerSpan = Assert.Single(_activities.Named("vendor work"));
        var query = Assert.Single(_activities.Named("query GetBemiddelingspecificatie"));
        Assert.NotEqual(callerSpan.TraceId, query.TraceId);
        Assert.Equal(default, query.ParentSpanId);
        var link = Assert.Single(query.Links);
        Assert.Equal(callerSpan.TraceId, link.Context.TraceId);
        Assert.Equal(callerSpan.SpanId, link.Context.SpanId);
        Assert.Equal(query.TraceId.ToHexString(), Header(_network.PepRequests.Single(), "X-B3-TraceId"));
    }

    [Fact]
    public async Task ContinueAmbient_makes_the_call_a_child_of_the_callers_activity()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Tracing.Mode = IWlzTraceMode.ContinueAmbient);

        using (CallerSource.StartActivity("vendor work"))
        {
            await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        }

        var callerSpan = Assert.Single(_activities.Named("vendor work"));
        var query = Assert.Single(_activities.Named("query GetBemiddelingspecificatie"));
        Assert.Equal(callerSpan.TraceId, query.TraceId);
        Assert.Equal(callerSpan.SpanId, query.ParentSpanId);
        Assert.Empty(query.Links);
        Assert.Equal(callerSpan.TraceId.ToHexString(), Header(_network.PepRequests.Single(), "X-B3-TraceId"));
    }

    [Fact]
    public async Task The_token_request_and_its_query_share_the_trace_with_their_own_span_ids_and_no_parent_header()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var pep = _network.PepRequests.Single();
        var token = _network.TokenRequests.Single();
        Assert.Equal(Header(pep, "X-B3-TraceId"), Header(token, "X-B3-TraceId"));
        Assert.NotEqual(Header(pep, "X-B3-SpanId"), Header(token, "X-B3-SpanId"));
        foreach (var request in new[] { pep, token })
        {
            Assert.Matches("^[0-9a-f]{32}$", Header(request, "X-B3-TraceId"));
            Assert.Matches("^[0-9a-f]{16}$", Header(request, "X-B3-SpanId"));
            Assert.DoesNotMatch("^0+$", Header(request, "X-B3-TraceId"));
            Assert.DoesNotMatch("^0+$", Header(request, "X-B3-SpanId"));
            Assert.Single(request.RequestMessage!.Headers!["X-B3-TraceId"]);
            Assert.Single(request.RequestMessage!.Headers!["X-B3-SpanId"]);
            Assert.False(request.RequestMessage!.Headers!.ContainsKey("X-B3-ParentSpanId")); // phase 1
        }
    }

    [Fact]
    public async Task EmitParentSpanId_sends_the_parent_for_child_spans_and_omits_it_for_the_root()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Tracing.EmitParentSpanId = true);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var pep = _network.PepRequests.Single();
        var token = _network.TokenRequests.Single();
        Assert.False(pep.RequestMessage!.Headers!.ContainsKey("X-B3-ParentSpanId")); // the query is the root
        Assert.Equal(Header(pep, "X-B3-SpanId"), Header(token, "X-B3-ParentSpanId")); // the token request is its child
    }

    [Fact]
    public async Task EmitParentSpanId_with_ContinueAmbient_names_the_callers_span_as_parent()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o =>
        {
            o.Tracing.EmitParentSpanId = true;
            o.Tracing.Mode = IWlzTraceMode.ContinueAmbient;
        });

        using (CallerSource.StartActivity("vendor work"))
        {
            await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        }

        var callerSpan = Assert.Single(_activities.Named("vendor work"));
        Assert.Equal(callerSpan.SpanId.ToHexString(), Header(_network.PepRequests.Single(), "X-B3-ParentSpanId"));
    }

    [Fact]
    public async Task Each_retry_is_sent_with_a_span_of_its_own_under_the_call()
    {
        _network.WithToken().WithPepSequence((503, "{}", "application/json", null), (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var attempts = _network.PepRequests;
        Assert.Equal(2, attempts.Count);
        var query = Assert.Single(_activities.Stopped, a => a.DisplayName == "query GetBemiddelingspecificatie" && a.ParentSpanId == default);
        var resend = Assert.Single(_activities.Stopped, a => a.DisplayName == "query GetBemiddelingspecificatie" && a.ParentSpanId == query.SpanId);
        Assert.Equal(query.SpanId.ToHexString(), Header(attempts[0], "X-B3-SpanId"));
        Assert.Equal(resend.SpanId.ToHexString(), Header(attempts[1], "X-B3-SpanId"));
        Assert.Equal(Header(attempts[0], "X-B3-TraceId"), Header(attempts[1], "X-B3-TraceId"));
        Assert.Equal(1, resend.GetTagItem("http.request.resend_count"));
        Assert.Equal("retry", resend.GetTagItem("iwlz.resend.reason"));
        Assert.Equal(resend.SpanId.ToHexString(), response.SpanId); // the span the PEP answered on
    }

    [Fact]
    public async Task The_resend_after_a_refused_token_has_its_own_span()
    {
        _network.WithToken().WithPepSequence((401, "token expired", "text/plain", null), (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var attempts = _network.PepRequests;
        Assert.Equal(2, attempts.Count);
        Assert.NotEqual(Header(attempts[0], "X-B3-SpanId"), Header(attempts[1], "X-B3-SpanId"));
        var resend = Assert.Single(_activities.Stopped, a => a.GetTagItem("iwlz.resend.reason") as string == "token_refresh");
        Assert.Equal(resend.SpanId.ToHexString(), Header(attempts[1], "X-B3-SpanId"));
    }

    [Fact]
    public async Task An_exception_carries_the_trace_and_span_ids_that_were_sent()
    {
        _network.WithToken().WithPep(403, """{"errors":[{"message":"GetBemiddelingspecificatie: Policy: Access Denied","extensions":{"code":"FORBIDDEN"}}]}""", "application/json");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        var pep = _network.PepRequests.Single();
        Assert.Equal(Header(pep, "X-B3-TraceId"), error.TraceId);
        Assert.Equal(Header(pep, "X-B3-SpanId"), error.SpanId);
        Assert.Contains($"trace {error.TraceId}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"span {error.SpanId}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_token_request_names_its_own_span()
    {
        _network.WithTokenError(403, """{"error":"invalid_client","error_description":"Not Allowed"}""", "application/json");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        var token = _network.TokenRequests.Single();
        Assert.Equal(Header(token, "X-B3-TraceId"), error.TraceId);
        Assert.Equal(Header(token, "X-B3-SpanId"), error.SpanId);
    }

    [Fact]
    public async Task A_GetDataOrThrow_failure_carries_trace_and_span()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]},"errors":[{"message":"partial"}]}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        var error = Assert.Throws<GraphQL.GraphQLResponseException>(response.GetDataOrThrow);

        var pep = _network.PepRequests.Single();
        Assert.Equal(Header(pep, "X-B3-TraceId"), error.TraceId);
        Assert.Equal(Header(pep, "X-B3-SpanId"), error.SpanId);
        Assert.Contains($"span {error.SpanId}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B3_stays_the_sdk_span_when_host_instrumentation_injects_b3_from_the_http_span()
    {
        // What OpenTelemetry's HttpClient instrumentation does with a B3 propagator: on HttpRequestOut.Start it
        // writes X-B3-* from the HTTP client activity, replacing what is there.
        using var host = new HostB3Injector();
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.True(host.Injected > 0, "the host instrumentation ran");
        var query = Assert.Single(_activities.Named("query GetBemiddelingspecificatie"));
        var pep = _network.PepRequests.Single();
        Assert.Equal(query.SpanId.ToHexString(), Header(pep, "X-B3-SpanId"));
        Assert.Equal(query.TraceId.ToHexString(), Header(pep, "X-B3-TraceId"));
        var traceparent = Header(pep, "traceparent");
        Assert.Equal(query.TraceId.ToHexString(), traceparent.Split('-')[1]); // W3C and B3 agree
    }

    public void Dispose()
    {
        _activities.Dispose();
        _network.Dispose();
    }

    private static string Header(WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!.TryGetValue(name, out var values) ? values.Single() : throw new Xunit.Sdk.XunitException($"No {name} header.");

    /// <summary>Subscribes to HttpClient's diagnostic events like a host tracing library and injects B3 from the HTTP span.</summary>
    private sealed class HostB3Injector : HttpHandlerDiagnosticSubscriber
    {
        private readonly ActivityListener _httpListener;
        private int _injected;

        internal HostB3Injector()
        {
            // Listening to System.Net.Http makes HttpClient create its HttpRequestOut activity.
            _httpListener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == "System.Net.Http",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_httpListener);
        }

        internal int Injected => _injected;

        public override void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key != "System.Net.Http.HttpRequestOut.Start" || Activity.Current is not { } http)
            {
                return;
            }

            var request = value.Value?.GetType().GetProperty("Request", BindingFlags.Public | BindingFlags.Instance)?.GetValue(value.Value) as HttpRequestMessage;
            if (request is null)
            {
                return;
            }

            request.Headers.Remove("X-B3-TraceId");
            request.Headers.Remove("X-B3-SpanId");
            request.Headers.TryAddWithoutValidation("X-B3-TraceId", http.TraceId.ToHexString());
            request.Headers.TryAddWithoutValidation("X-B3-SpanId", http.SpanId.ToHexString());
            Interlocked.Increment(ref _injected);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _httpListener.Dispose();
            }
        }
    }
}

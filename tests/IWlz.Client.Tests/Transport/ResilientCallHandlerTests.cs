using System.Net;
using System.Net.Sockets;
using IWlz.Client.GraphQL;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Transport;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using Mock = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace IWlz.Client.Tests.Transport;

/// <summary>
/// The SDK's own resilience handler on real sockets (WireMock, or a raw listener for broken connections), with
/// fake time: retries per operation kind, Retry-After and backoff, the per-endpoint circuit, and the three kinds
/// of cancellation (attempt timeout, total timeout, the caller).
/// </summary>
public sealed class ResilientCallHandlerTests : IDisposable
{
    private const int RetryEventId = 3001;
    private const int CircuitOpenedEventId = 3003;

    // Real time: long enough that fake time ends the attempt first, short enough that stopping the server (which
    // waits for delayed answers) does not hold the test up for long.
    private static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(6);
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    private readonly FakeTimeProvider _time = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ResilienceOptions _options = new()
    {
        BaseDelay = TimeSpan.Zero,
        MaxRetryAttempts = 3,
        CircuitBreakerMinimumThroughput = 10_000,
    };

    private CircuitBreakers? _circuits;

    private Uri Endpoint => new($"{_server.Url}/pep");

    private int Sent => _server.LogEntries.Count();

    private IEnumerable<CapturingLoggerProvider.LogRecord> Retries => _logs.Records.Where(r => r.EventId.Id == RetryEventId);

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Query_is_retried_MaxRetryAttempts_times_on_a_transient_status(int status)
    {
        Answer(status);
        using var invoker = Invoker();

        using var response = await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);

        Assert.Equal(status, (int)response.StatusCode); // the last answer is handed on when the retries are used up
        Assert.Equal(4, Sent);
        Assert.Equal([1, 2, 3], Retries.Select(r => (int)r.State.Single(kv => kv.Key == "Attempt").Value!));
        Assert.All(Retries, r => Assert.Equal($"HTTP {status}", r.State.Single(kv => kv.Key == "Outcome").Value));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(408)]
    [InlineData(501)]
    public async Task Query_is_not_retried_on_other_statuses(int status)
    {
        Answer(status);
        using var invoker = Invoker();

        using var response = await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, Sent);
    }

    [Fact]
    public async Task No_retry_when_MaxRetryAttempts_is_zero()
    {
        Answer(503);
        _options.MaxRetryAttempts = 0;
        using var invoker = Invoker();

        using var response = await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);

        Assert.Equal(1, Sent);
        Assert.Empty(Retries);
    }

    [Theory]
    [InlineData(GraphQLOperationKind.Mutation, 503)]
    [InlineData(GraphQLOperationKind.Mutation, 429)]
    [InlineData(null, 503)]
    public async Task Mutation_or_unknown_request_that_reached_the_server_is_not_retried(GraphQLOperationKind? kind, int status)
    {
        Answer(status);
        using var invoker = Invoker();

        using var response = await invoker.SendAsync(Request(kind), CancellationToken.None);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, Sent);
        Assert.Empty(Retries);
    }

    [Fact]
    public async Task Connection_broken_off_after_sending_retries_a_query_but_never_a_mutation()
    {
        using var listener = new HangUpListener();
        using var invoker = Invoker();

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(Request(GraphQLOperationKind.Mutation, listener.Endpoint), CancellationToken.None));
        Assert.Equal(1, listener.RequestsRead);

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(Request(GraphQLOperationKind.Query, listener.Endpoint), CancellationToken.None));
        Assert.Equal(1 + 4, listener.RequestsRead);
    }

    [Fact]
    public async Task Mutation_is_retried_when_the_connection_was_refused()
    {
        _options.MaxRetryAttempts = 2;
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(Request(GraphQLOperationKind.Mutation, new Uri($"http://127.0.0.1:{ClosedPort()}/pep")), CancellationToken.None));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(2, Retries.Count());
    }

    [Fact]
    public async Task Body_is_sent_again_on_a_retry()
    {
        Sequence(Step(503), Step(200));
        using var invoker = Invoker();
        const string Body = """{"query":"query Q { a }","variables":{"id":"42"}}""";

        using var response = await invoker.SendAsync(Request(GraphQLOperationKind.Query, body: Body), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Body, Body], _server.LogEntries.Select(e => e.RequestMessage!.Body));
    }

    [Fact]
    public async Task Retry_waits_for_Retry_After_in_seconds()
    {
        _options.MaxDelay = TimeSpan.FromSeconds(30);
        Sequence(Step(429, retryAfter: "7"), Step(200));
        using var invoker = Invoker();

        var call = invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);
        var retry = await SingleRetryLogged();

        Assert.Equal(TimeSpan.FromSeconds(7), retry.State.Single(kv => kv.Key == "Delay").Value);
        _time.Advance(TimeSpan.FromSeconds(6));
        await Task.Delay(100);
        Assert.False(call.IsCompleted);
        Assert.Equal(1, Sent);

        _time.Advance(TimeSpan.FromSeconds(1));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Retry_waits_for_a_Retry_After_date()
    {
        _options.MaxDelay = TimeSpan.FromSeconds(30);
        Sequence(Step(503, retryAfter: _time.GetUtcNow().AddSeconds(20).ToString("R")), Step(200));
        using var invoker = Invoker();

        var call = invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);
        var retry = await SingleRetryLogged();

        Assert.Equal(TimeSpan.FromSeconds(20), retry.State.Single(kv => kv.Key == "Delay").Value);
        _time.Advance(TimeSpan.FromSeconds(20));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Retry_After_is_capped_at_MaxDelay()
    {
        _options.MaxDelay = TimeSpan.FromSeconds(10);
        Sequence(Step(429, retryAfter: "3600"), Step(200));
        using var invoker = Invoker();

        var call = invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);
        var retry = await SingleRetryLogged();

        Assert.Equal(TimeSpan.FromSeconds(10), retry.State.Single(kv => kv.Key == "Delay").Value);
        _time.Advance(TimeSpan.FromSeconds(10));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Backoff_grows_exponentially_with_jitter_and_stops_at_MaxDelay()
    {
        _options.BaseDelay = TimeSpan.FromSeconds(1);
        _options.MaxDelay = TimeSpan.FromSeconds(3);
        Answer(503);
        using var invoker = Invoker();

        var call = invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);
        for (var retry = 1; retry <= 3; retry++)
        {
            await Until(() => Retries.Count() == retry);
            _time.Advance(TimeSpan.FromSeconds(3));
        }

        using var response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        var delays = Retries.Select(r => (TimeSpan)r.State.Single(kv => kv.Key == "Delay").Value!).ToList();
        Assert.InRange(delays[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        Assert.InRange(delays[2], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
        Assert.Equal(4, Sent);
    }

    [Fact]
    public async Task Attempt_timeout_retries_a_query_then_reports_an_attempt_timeout()
    {
        Answer(200, delay: SlowAnswer);
        _options.AttemptTimeout = TimeSpan.FromSeconds(2);
        _options.MaxRetryAttempts = 2;
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<ResilienceTimeoutException>(() => AdvanceUntilDone(invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.False(error.IsTotal);
        Assert.Equal(2, Retries.Count());
        Assert.All(Retries, r => Assert.Equal("AttemptTimeout", r.State.Single(kv => kv.Key == "Outcome").Value));
    }

    [Fact]
    public async Task Attempt_timeout_is_not_retried_for_a_mutation()
    {
        Answer(200, delay: SlowAnswer);
        _options.AttemptTimeout = TimeSpan.FromSeconds(2);
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<ResilienceTimeoutException>(() => AdvanceUntilDone(invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.False(error.IsTotal);
        Assert.Empty(Retries);
    }

    [Fact]
    public async Task Total_timeout_ends_the_call_whatever_retries_are_left()
    {
        Answer(200, delay: SlowAnswer);
        _options.AttemptTimeout = TimeSpan.FromSeconds(2);
        _options.TotalTimeout = TimeSpan.FromSeconds(5);
        _options.MaxRetryAttempts = 10;
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<ResilienceTimeoutException>(() => AdvanceUntilDone(invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.True(error.IsTotal);
        Assert.Equal(2, Retries.Count()); // attempts at 0-2 s and 2-4 s time out; the third is cut at 5 s by the total
    }

    [Fact]
    public async Task Total_timeout_also_ends_a_retry_delay()
    {
        Answer(503);
        _options.TotalTimeout = TimeSpan.FromSeconds(5);
        _options.BaseDelay = TimeSpan.FromSeconds(20);
        _options.MaxDelay = TimeSpan.FromSeconds(20);
        using var invoker = Invoker();

        var error = await Assert.ThrowsAsync<ResilienceTimeoutException>(() => AdvanceUntilDone(invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.True(error.IsTotal);
        Assert.Equal(1, Sent);
    }

    [Fact]
    public async Task Caller_cancellation_is_the_callers_and_is_not_retried()
    {
        Answer(200, delay: SlowAnswer);
        using var invoker = Invoker();
        using var caller = new CancellationTokenSource();

        var call = invoker.SendAsync(Request(GraphQLOperationKind.Query), caller.Token);
        await Task.Delay(200);
        await caller.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(caller.Token, error.CancellationToken);
        Assert.IsNotType<ResilienceTimeoutException>(error.InnerException);
        Assert.Empty(Retries);
    }

    [Fact]
    public async Task Caller_cancellation_during_a_retry_delay_is_the_callers()
    {
        Answer(503);
        _options.BaseDelay = TimeSpan.FromSeconds(10);
        using var invoker = Invoker();
        using var caller = new CancellationTokenSource();

        var call = invoker.SendAsync(Request(GraphQLOperationKind.Query), caller.Token);
        await SingleRetryLogged();
        await caller.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(caller.Token, error.CancellationToken);
        Assert.Equal(1, Sent);
    }

    [Fact]
    public async Task Circuit_opens_and_refuses_without_sending_then_a_probe_closes_it()
    {
        UseCircuit(minimumThroughput: 2, breakSeconds: 5);
        Answer(503);
        using var invoker = Invoker();

        (await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None)).Dispose();
        await Assert.ThrowsAsync<CircuitOpenException>(() => invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None));

        Assert.Equal(2, Sent);
        var opened = Assert.Single(_logs.Records, r => r.EventId.Id == CircuitOpenedEventId);
        Assert.Equal(TimeSpan.FromSeconds(5), opened.State.Single(kv => kv.Key == "BreakDuration").Value);
        Assert.Equal(CircuitState.Open, Circuit().State);

        _server.Reset();
        Answer(200);
        _time.Advance(TimeSpan.FromSeconds(5));
        using var probe = await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal(CircuitState.Closed, Circuit().State);
        using var next = await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Failed_probe_opens_the_circuit_again()
    {
        UseCircuit(minimumThroughput: 2, breakSeconds: 5);
        Answer(500);
        using var invoker = Invoker();
        (await invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None)).Dispose();

        _time.Advance(TimeSpan.FromSeconds(5));
        using var probe = await invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None);

        Assert.Equal(3, Sent);
        Assert.Equal(CircuitState.Open, Circuit().State);
        await Assert.ThrowsAsync<CircuitOpenException>(() => invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None));
        Assert.Equal(2, _logs.Records.Count(r => r.EventId.Id == CircuitOpenedEventId));
    }

    [Fact]
    public async Task Half_open_circuit_lets_one_probe_through_at_a_time()
    {
        UseCircuit(minimumThroughput: 2, breakSeconds: 5);
        Answer(503);
        using var invoker = Invoker();
        (await invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None)).Dispose();
        _server.Reset();
        Answer(200, delay: TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(5));

        var probe = invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None);
        await Assert.ThrowsAsync<CircuitOpenException>(() => invoker.SendAsync(Request(GraphQLOperationKind.Mutation), CancellationToken.None));

        using var answer = await probe.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(CircuitState.Closed, Circuit().State);
    }

    [Fact]
    public async Task Each_endpoint_has_its_own_circuit()
    {
        UseCircuit(minimumThroughput: 2, breakSeconds: 60);
        Answer(503);
        using var healthy = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        healthy.Given(Mock.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        using var invoker = Invoker();
        (await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None)).Dispose();

        await Assert.ThrowsAsync<CircuitOpenException>(() => invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None));
        using var other = await invoker.SendAsync(Request(GraphQLOperationKind.Query, new Uri($"{healthy.Url}/pep")), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(CircuitState.Closed, _circuits!.For("pep", new Uri($"{healthy.Url}/pep")).State);
        Assert.Equal(CircuitState.Closed, _circuits.For("nid", Endpoint).State); // the same endpoint for another client kind
    }

    [Fact]
    public async Task Client_errors_do_not_count_against_the_circuit()
    {
        UseCircuit(minimumThroughput: 2, breakSeconds: 60);
        Answer(404);
        using var invoker = Invoker();

        for (var i = 0; i < 3; i++)
        {
            (await invoker.SendAsync(Request(GraphQLOperationKind.Query), CancellationToken.None)).Dispose();
        }

        Assert.Equal(3, Sent);
        Assert.Equal(CircuitState.Closed, Circuit().State);
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private HttpRequestMessage Request(GraphQLOperationKind? kind, Uri? endpoint = null, string body = """{"query":"{ a }"}""")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint ?? Endpoint) { Content = new ReadOnlyMemoryContent(System.Text.Encoding.UTF8.GetBytes(body)) };
        if (kind is { } known)
        {
            new RequestContext { Kind = known, OperationName = "TestOperation" }.AttachTo(request);
        }

        return request;
    }

    private static (int Status, string? RetryAfter) Step(int status, string? retryAfter = null) => (status, retryAfter);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }

    private async Task<CapturingLoggerProvider.LogRecord> SingleRetryLogged()
    {
        await Until(() => Retries.Any());
        return Assert.Single(Retries);
    }

    /// <summary>Moves fake time on in steps until the call ends (real time lets the sockets and continuations run).</summary>
    private async Task<HttpResponseMessage> AdvanceUntilDone(Task<HttpResponseMessage> call, TimeSpan step)
    {
        for (var i = 0; i < 200 && !call.IsCompleted; i++)
        {
            await Task.Delay(50);
            _time.Advance(step);
        }

        return await call.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private HttpMessageInvoker Invoker()
    {
        _circuits ??= new CircuitBreakers(new FixedOptions(new IWlzClientOptions { Resilience = _options }), _time);
        var handler = new ResilientCallHandler(
            "pep",
            _circuits,
            new CancellationSourcePool(_time),
            new FixedOptions(new IWlzClientOptions { Resilience = _options }),
            _time,
            ((ILoggerProvider)_logs).CreateLogger("IWlz.Client.Transport"))
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) },
        };
        return new HttpMessageInvoker(handler);
    }

    private EndpointCircuit Circuit() => _circuits!.For("pep", Endpoint);

    private void UseCircuit(int minimumThroughput, int breakSeconds)
    {
        _options.MaxRetryAttempts = 0;
        _options.CircuitBreakerMinimumThroughput = minimumThroughput;
        _options.CircuitBreakerFailureRatio = 0.5;
        _options.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(breakSeconds);
    }

    private void Answer(int status, TimeSpan? delay = null)
    {
        var response = Response.Create().WithStatusCode(status).WithBody("{}");
        if (delay is { } wait)
        {
            response = response.WithDelay(wait);
        }

        _server.Given(Mock.Create().UsingPost()).RespondWith(response);
    }

    private void Sequence(params (int Status, string? RetryAfter)[] steps)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            var request = _server.Given(Mock.Create().UsingPost()).InScenario("s");
            request = i > 0 ? request.WhenStateIs($"step{i}") : request;
            request = i < steps.Length - 1 ? request.WillSetStateTo($"step{i + 1}") : request;
            var response = Response.Create().WithStatusCode(steps[i].Status).WithBody("{}");
            if (steps[i].RetryAfter is { } retryAfter)
            {
                response = response.WithHeader("Retry-After", retryAfter);
            }

            request.RespondWith(response);
        }
    }

    private sealed class FixedOptions(IWlzClientOptions value) : IOptionsMonitor<IWlzClientOptions>
    {
        public IWlzClientOptions CurrentValue => value;

        public IWlzClientOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<IWlzClientOptions, string?> listener) => null;
    }

    /// <summary>Reads each request's head and hangs up without answering: the request left, the answer never came.</summary>
    private sealed class HangUpListener : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private int _requestsRead;

        internal HangUpListener()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        internal Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/pep");

        internal int RequestsRead => Volatile.Read(ref _requestsRead);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    using var socket = await _listener.AcceptSocketAsync(_stop.Token);
                    var buffer = new byte[4096];
                    if (await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token) > 0)
                    {
                        Interlocked.Increment(ref _requestsRead);
                    }

                    socket.Close(0);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // stopped
            }
        }
    }
}

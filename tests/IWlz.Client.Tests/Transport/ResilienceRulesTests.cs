using System.Net;
using System.Net.Http.Headers;
using IWlz.Client.GraphQL;
using IWlz.Client.Transport;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Transport;

/// <summary>The pieces of the resilience handler on their own: the retry rules, the delays, the circuit's window and the timeout sources.</summary>
public sealed class ResilienceRulesTests
{
    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void Mutation_is_retried_only_when_the_request_never_left(HttpRequestError error, bool retried)
    {
        var exception = new HttpRequestException(error, "test");

        Assert.Equal(retried, RetryRules.ShouldRetry(null, exception, GraphQLOperationKind.Mutation));
        Assert.True(RetryRules.ShouldRetry(null, exception, GraphQLOperationKind.Query));
    }

    [Fact]
    public void Connect_timeout_is_retried_for_every_kind_and_an_attempt_timeout_only_for_queries()
    {
        var connectTimeout = new TaskCanceledException("connect", new TimeoutException());
        var attemptTimeout = new ResilienceTimeoutException(isTotal: false, TimeSpan.FromSeconds(1), null);

        Assert.True(RetryRules.ShouldRetry(null, connectTimeout, GraphQLOperationKind.Mutation));
        Assert.True(RetryRules.ShouldRetry(null, attemptTimeout, GraphQLOperationKind.Query));
        Assert.False(RetryRules.ShouldRetry(null, attemptTimeout, GraphQLOperationKind.Mutation));
        Assert.False(RetryRules.ShouldRetry(null, new InvalidOperationException(), GraphQLOperationKind.Query));
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(501, true)]
    [InlineData(503, true)]
    public void Circuit_counts_408_429_and_5xx_as_failures(int status, bool failure)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(failure, RetryRules.CountsAsFailure(response, null));
    }

    [Fact]
    public void Circuit_counts_transport_errors_and_timeouts_as_failures()
    {
        Assert.True(RetryRules.CountsAsFailure(null, new HttpRequestException(HttpRequestError.ConnectionError, "test")));
        Assert.True(RetryRules.CountsAsFailure(null, new ResilienceTimeoutException(isTotal: false, TimeSpan.FromSeconds(1), null)));
        Assert.True(RetryRules.CountsAsFailure(null, new TaskCanceledException("connect", new TimeoutException())));
        Assert.False(RetryRules.CountsAsFailure(null, new InvalidOperationException()));
    }

    [Theory]
    [InlineData(1, 0.0, 0.5)]
    [InlineData(1, 0.5, 1.0)]
    [InlineData(2, 0.5, 2.0)]
    [InlineData(3, 0.0, 2.0)]
    [InlineData(3, 0.99, 5.96)]
    [InlineData(5, 0.5, 10.0)] // 16 s nominal, capped
    [InlineData(10, 0.99, 10.0)]
    public void Backoff_doubles_per_retry_with_jitter_and_is_capped(int retry, double random, double expectedSeconds)
    {
        var delay = RetryDelay.Backoff(retry, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), random);

        Assert.Equal(expectedSeconds, delay.TotalSeconds, precision: 6);
    }

    [Fact]
    public void Retry_After_reads_seconds_and_dates_and_is_capped()
    {
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(4)) } };
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(9)) } };
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(-9)) } };
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(4), RetryDelay.FromRetryAfter(seconds, now, TimeSpan.FromSeconds(30)));
        Assert.Equal(TimeSpan.FromSeconds(3), RetryDelay.FromRetryAfter(seconds, now, TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.FromSeconds(9), RetryDelay.FromRetryAfter(date, now, TimeSpan.FromSeconds(30)));
        Assert.Equal(TimeSpan.Zero, RetryDelay.FromRetryAfter(past, now, TimeSpan.FromSeconds(30)));
        Assert.Null(RetryDelay.FromRetryAfter(none, now, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Circuit_forgets_failures_older_than_the_sampling_duration()
    {
        var time = new FakeTimeProvider();
        var circuit = new EndpointCircuit("https://pep.test", Options(minimumThroughput: 4), time);
        for (var i = 0; i < 3; i++)
        {
            Assert.False(Record(circuit, failed: true));
        }

        time.Advance(TimeSpan.FromSeconds(31));
        Assert.False(Record(circuit, failed: true));
        Assert.False(Record(circuit, failed: false));
        Assert.False(Record(circuit, failed: false));
        Assert.False(Record(circuit, failed: false)); // 1 of 4 in the window
        Assert.Equal(CircuitState.Closed, circuit.State);

        Assert.False(Record(circuit, failed: true));
        Assert.True(Record(circuit, failed: true)); // 3 of 6: the ratio is reached
        Assert.Equal(CircuitState.Open, circuit.State);
    }

    [Fact]
    public void Circuit_needs_the_minimum_throughput_before_it_opens()
    {
        var time = new FakeTimeProvider();
        var circuit = new EndpointCircuit("https://pep.test", Options(minimumThroughput: 5), time);

        for (var i = 0; i < 4; i++)
        {
            Assert.False(Record(circuit, failed: true));
        }

        Assert.True(Record(circuit, failed: true));
        Assert.False(circuit.TryEnter(out _));
    }

    [Fact]
    public void Canceled_probe_lets_the_next_call_probe()
    {
        var time = new FakeTimeProvider();
        var circuit = new EndpointCircuit("https://pep.test", Options(minimumThroughput: 2), time);
        Record(circuit, failed: true);
        Record(circuit, failed: true);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(circuit.TryEnter(out var isProbe));
        Assert.True(isProbe);
        Assert.False(circuit.TryEnter(out _));
        circuit.ReleaseProbe();

        Assert.True(circuit.TryEnter(out var next));
        Assert.True(next);
    }

    [Fact]
    public void Timeout_source_runs_on_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        var pool = new CancellationSourcePool(time);

        var source = pool.Rent();
        source.CancelAfter(TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(source.IsCancellationRequested);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(source.IsCancellationRequested);
        pool.Return(source);
        Assert.NotSame(source, pool.Rent()); // a canceled source is never handed out again
    }

    [Fact]
    public void Timeout_source_on_the_system_clock_is_reused_with_its_timer_stopped()
    {
        var pool = new CancellationSourcePool(TimeProvider.System);

        var first = pool.Rent();
        first.CancelAfter(TimeSpan.FromMilliseconds(50));
        pool.Return(first);
        var again = pool.Rent();

        Assert.Same(first, again);
        Thread.Sleep(200);
        Assert.False(again.IsCancellationRequested); // the reset stopped the earlier timer
    }

    private static bool Record(EndpointCircuit circuit, bool failed)
    {
        Assert.True(circuit.TryEnter(out var isProbe));
        return circuit.Record(failed, isProbe);
    }

    private static ResilienceOptions Options(int minimumThroughput) => new()
    {
        CircuitBreakerMinimumThroughput = minimumThroughput,
        CircuitBreakerFailureRatio = 0.5,
        CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30),
        CircuitBreakerBreakDuration = TimeSpan.FromSeconds(5),
    };
}

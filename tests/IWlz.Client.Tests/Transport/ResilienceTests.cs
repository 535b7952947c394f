using System.Net;
using System.Net.Sockets;
using IWlz.Client.GraphQL;
using IWlz.Client.Tests.Infrastructure;

namespace IWlz.Client.Tests.Transport;

public sealed class ResilienceTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private const string MutationSuccess = """{"data":{"zendNotificatie":{"notificatieID":"0d7c9a57-5d8f-4c0e-a3c4-2f6e1b9d8a10"}}}""";
    private const int RetryEventId = 3001;
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(500)]
    [InlineData(429)]
    public async Task Query_is_retried_on_transient_statuses(int status)
    {
        _network.WithToken().WithPepSequence((status, "{}", "application/json", null), (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, _network.PepRequests.Count);
        Assert.Single(_network.TokenRequests); // the cached token serves the retry
    }

    [Fact]
    public async Task Query_retry_honours_Retry_After()
    {
        _network.WithToken().WithPepSequence((429, "{}", "application/json", "1"), (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var retry = Assert.Single(sdk.Logs.Records, r => r.EventId.Id == RetryEventId);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.State.Single(kv => kv.Key == "Delay").Value);
    }

    [Fact]
    public async Task Query_gives_ServerError_when_the_retries_are_used_up()
    {
        _network.WithToken().WithPep(503, "{}", "application/json");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Resilience.MaxRetryAttempts = 2);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        Assert.Equal(IWlzErrorKind.ServerError, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, _network.PepRequests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Mutation_that_reached_the_server_is_not_retried(int status)
    {
        _network.WithToken().WithPepSequence((status, "{}", "application/json", null), (200, MutationSuccess, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Mutation, new NotificatieVariables(), MutationOptions(), CancellationToken.None));

        Assert.Equal(IWlzErrorKind.ServerError, error.Kind);
        Assert.Single(_network.PepRequests);
        Assert.DoesNotContain(sdk.Logs.Records, r => r.EventId.Id == RetryEventId);
    }

    [Fact]
    public async Task Mutation_is_retried_when_the_connection_was_refused()
    {
        _network.WithToken();
        var closed = new Uri($"https://127.0.0.1:{ClosedPort()}/pep");
        using var sdk = SdkHarness.Create(closed, _network.TokenEndpoint, configure: o => o.Resilience.MaxRetryAttempts = 2);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Mutation, new NotificatieVariables(), MutationOptions(), CancellationToken.None));

        Assert.Equal(IWlzErrorKind.Transport, error.Kind);
        Assert.Equal(2, sdk.Logs.Records.Count(r => r.EventId.Id == RetryEventId));
        Assert.Contains("No connection could be made", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_circuit_refuses_calls_to_that_endpoint_without_sending()
    {
        _network.WithToken().WithPep(503, "{}", "application/json");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.CircuitBreakerMinimumThroughput = 2;
            o.Resilience.CircuitBreakerFailureRatio = 0.5;
            o.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(1);
        });

        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));
        }

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        Assert.Equal(IWlzErrorKind.CircuitOpen, error.Kind);
        Assert.Equal(2, _network.PepRequests.Count);
    }

    [Fact]
    public async Task Slow_answer_gives_a_Timeout()
    {
        _network.WithToken();
        _network.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/pep").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(Success).WithDelay(TimeSpan.FromSeconds(4)));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1);
        });

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        Assert.Equal(IWlzErrorKind.Timeout, error.Kind);
    }

    [Fact]
    public async Task Every_attempt_carries_a_valid_token()
    {
        // The token lives 61 s and is renewed 60 s before expiry, so it is stale by the time the retry goes out.
        _network.WithToken(expiresIn: 61).WithPepSequence((503, "{}", "application/json", "2"), (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, _network.TokenRequests.Count);
        var first = _network.PepRequests[0].RequestMessage!.Headers!["Authorization"].Single();
        var second = _network.PepRequests[1].RequestMessage!.Headers!["Authorization"].Single();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Mutation_that_timed_out_is_not_retried()
    {
        _network.WithToken();
        _network.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/pep").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(MutationSuccess).WithDelay(TimeSpan.FromSeconds(3)));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Mutation, new NotificatieVariables(), MutationOptions(), CancellationToken.None));

        Assert.Equal(IWlzErrorKind.Timeout, error.Kind);
        Assert.DoesNotContain(sdk.Logs.Records, r => r.EventId.Id == RetryEventId); // it may have arrived: sending it again could deliver it twice
        await Task.Delay(TimeSpan.FromSeconds(4)); // WireMock logs a request once its delayed answer is written
        // On a loaded machine that write can take longer than the pause above, so wait for the first entry too; the
        // pause is what gives a retry's entry, had there been one, the time to appear.
        await Outbox.OutboxHarness.Eventually(() => _network.PepRequests.Count > 0);
        Assert.Single(_network.PepRequests);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_an_error()
    {
        _network.WithToken();
        _network.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/pep").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(Success).WithDelay(TimeSpan.FromSeconds(3)));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var call = sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, cancellation.Token);
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // The returned task is canceled, not faulted, and carries the SDK's own cancellation with its message and the
        // caller's token: the executor hands its outcome back through Task.Unwrap, which must keep all of that.
        Assert.True(call.IsCanceled);
        Assert.Equal("The call was canceled by the caller.", error.Message);
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    public void Dispose() => _network.Dispose();

    private static GraphQLRequestOptions MutationOptions() => new()
    {
        ResourceUri = new Uri("https://zorgkantoor.test/notificatie"),
        Scopes = [IWlzScopes.NotificatieCreateZorgkantoor],
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

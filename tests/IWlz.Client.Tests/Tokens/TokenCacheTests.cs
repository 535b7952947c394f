using IWlz.Client.GraphQL;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Tokens;

public sealed class TokenCacheTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task Token_is_cached_and_renewed_one_skew_before_expiry()
    {
        _network.WithToken(expiresIn: 600).WithPep(200, Success);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, time: time);

        await Query(sdk);
        await Query(sdk);
        Assert.Single(_network.TokenRequests);

        time.Advance(TimeSpan.FromSeconds(539)); // 600 s lifetime − 60 s default skew − 1 s
        await Query(sdk);
        Assert.Single(_network.TokenRequests);

        time.Advance(TimeSpan.FromSeconds(2));
        await Query(sdk);
        Assert.Equal(2, _network.TokenRequests.Count);
        Assert.Equal(4, _network.PepRequests.Count);
    }

    [Fact]
    public async Task Renewal_skew_is_configurable()
    {
        _network.WithToken(expiresIn: 600).WithPep(200, Success);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, time: time, configure: o => o.Tokens.RenewalSkew = TimeSpan.FromSeconds(300));

        await Query(sdk);
        time.Advance(TimeSpan.FromSeconds(301));
        await Query(sdk);

        Assert.Equal(2, _network.TokenRequests.Count);
    }

    [Fact]
    public async Task Each_audience_gets_its_own_token()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await Query(sdk);
        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), new GraphQLRequestOptions { ResourceUri = new Uri("https://zorgkantoor-2.test/graphql") }, CancellationToken.None);
        await Query(sdk);

        Assert.Equal(2, _network.TokenRequests.Count);
        Assert.Contains(_network.TokenRequests, r => r.RequestMessage!.Body!.Contains("zorgkantoor-2.test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thousand_concurrent_queries_share_exactly_one_token_request()
    {
        _network.WithToken(delay: TimeSpan.FromMilliseconds(500)).WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Resilience.MaxConnectionsPerServer = 16);

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(() => Query(sdk)));
        var responses = await Task.WhenAll(calls);

        Assert.All(responses, r => Assert.True(r.IsSuccess));
        Assert.Single(_network.TokenRequests);
        Assert.Equal(1000, _network.PepRequests.Count);
    }

    [Theory]
    [InlineData(400, "audience is required", IWlzErrorKind.TokenRequestInvalid)]
    [InlineData(401, "authenticating with issuing authority", IWlzErrorKind.ActingNotPermitted)]
    [InlineData(403, "Not Allowed", IWlzErrorKind.IpNotRegistered)]
    [InlineData(403, "Invalid Client Certificate", IWlzErrorKind.CertificateNotAccepted)]
    [InlineData(404, "Not Found", IWlzErrorKind.EndpointNotFound)]
    [InlineData(500, "Internal Server Error", IWlzErrorKind.ServerError)]
    public async Task Nid_errors_become_typed_errors_that_say_what_to_fix(int status, string body, IWlzErrorKind expected)
    {
        _network.WithTokenError(status, body).WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Resilience.MaxRetryAttempts = 1);

        var error = await Assert.ThrowsAsync<IWlzException>(() => Query(sdk));

        Assert.Equal(expected, error.Kind);
        Assert.Equal(IWlzErrorSource.TokenEndpoint, error.ErrorSource);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(body, error.ServerMessage);
        Assert.Equal("GetBemiddelingspecificatie", error.OperationName);
        Assert.Empty(_network.PepRequests);
        Assert.Equal(status >= 500 ? 2 : 1, _network.TokenRequests.Count); // only server errors are retried
    }

    [Fact]
    public async Task Failed_token_request_is_not_cached()
    {
        _network.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/token").UsingPost()).InScenario("t").WillSetStateTo("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(403).WithBody("Not Allowed"));
        _network.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/token").UsingPost()).InScenario("t").WhenStateIs("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(_ => NidJwt.Envelope(NidJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10)), 600)));
        _network.WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await Assert.ThrowsAsync<IWlzException>(() => Query(sdk));
        var response = await Query(sdk);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, _network.TokenRequests.Count);
    }

    public void Dispose() => _network.Dispose();

    private static Task<GraphQLResponse<SpecificatieData>> Query(SdkHarness sdk) =>
        sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
}

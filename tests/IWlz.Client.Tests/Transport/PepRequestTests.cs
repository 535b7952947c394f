using System.Text.Json;
using System.Text.RegularExpressions;
using IWlz.Client.Tests.Infrastructure;

namespace IWlz.Client.Tests.Transport;

public sealed partial class PepRequestTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[{"id":"6f1a7e4c-2b9d-4c61-9a8e-3d5b7f0c1a22","instelling":"12345678"}]}}""";
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceIdPattern();

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex SpanIdPattern();

    [Fact]
    public async Task Query_is_posted_to_the_PEP_with_the_required_headers_and_body()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Equal("12345678", Assert.Single(response.Data!.Items).Instelling);
        var pep = Assert.Single(_network.PepRequests).RequestMessage!;
        Assert.Equal("POST", pep.Method);
        Assert.StartsWith("application/json", pep.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.Equal("application/graphql-response+json, application/json; q=0.9", string.Join(", ", pep.Headers["Accept"]));
        var token = JsonDocument.Parse(_network.TokenRequests.Single().ResponseMessage!.BodyData!.BodyAsString!).RootElement.GetProperty("access_token").GetString();
        Assert.Equal("Bearer " + token, pep.Headers["Authorization"].Single());

        using var body = JsonDocument.Parse(pep.Body!);
        Assert.Equal(TestOperations.QueryDocument, body.RootElement.GetProperty("query").GetString());
        Assert.Contains("\"query\":\"" + TestOperations.QueryDocument + "\"", pep.Body, StringComparison.Ordinal); // written verbatim, not escaped
        Assert.Equal("GetBemiddelingspecificatie", body.RootElement.GetProperty("operationName").GetString());
        var variables = body.RootElement.GetProperty("variables");
        Assert.Equal("6f1a7e4c-2b9d-4c61-9a8e-3d5b7f0c1a22", variables.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, variables.GetProperty("einddatum").ValueKind); // nulls are kept, not stripped
    }

    [Fact]
    public async Task Token_and_query_requests_carry_well_formed_B3_headers_of_one_trace()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var token = _network.TokenRequests.Single().RequestMessage!.Headers!;
        var pep = _network.PepRequests.Single().RequestMessage!.Headers!;
        foreach (var headers in new[] { token, pep })
        {
            var traceId = Assert.Single(headers["X-B3-TraceId"]);
            var spanId = Assert.Single(headers["X-B3-SpanId"]);
            Assert.Matches(TraceIdPattern(), traceId);
            Assert.Matches(SpanIdPattern(), spanId);
            Assert.NotEqual(new string('0', 32), traceId);
            Assert.NotEqual(new string('0', 16), spanId);
        }

        Assert.Equal(token["X-B3-TraceId"].Single(), pep["X-B3-TraceId"].Single());
        Assert.NotEqual(token["X-B3-SpanId"].Single(), pep["X-B3-SpanId"].Single());
        Assert.Equal(pep["X-B3-TraceId"].Single(), response.TraceId);
    }

    [Fact]
    public async Task Token_request_body_is_exactly_the_nID_json()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var request = _network.TokenRequests.Single().RequestMessage!;
        Assert.Equal(
            """{"grant_type":"client_credentials","scope":"registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read","audience":"https://bemiddelingsregister.test/graphql"}""",
            request.Body);
        Assert.StartsWith("application/json", request.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_request_acting_on_behalf_of_a_party_and_with_per_call_scopes()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.ActingOnBehalfOf = "agbcode:87654321");
        var options = new GraphQL.GraphQLRequestOptions
        {
            Scopes = [IWlzScopes.BemiddelingsregisterRead, "b/second:read " + IWlzScopes.BemiddelingsregisterRead, "a/first:read"],
            ResourceUri = new Uri("https://other-zorgkantoor.test/bemiddelingsregister"),
        };

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), options, CancellationToken.None);

        Assert.Equal(
            """{"grant_type":"client_credentials","scope":"a/first:read b/second:read registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read","audience":"https://other-zorgkantoor.test/bemiddelingsregister","access_token":{"sub":"agbcode:87654321"}}""",
            _network.TokenRequests.Single().RequestMessage!.Body);
        Assert.Single(_network.PepRequests); // the POST still goes to the PEP, not to the resource URL
    }

    [Fact]
    public async Task Mutation_to_a_netwerkpunt_needs_explicit_scopes_and_a_resource()
    {
        _network.WithToken().WithPep(200, """{"data":{"zendNotificatie":{"notificatieID":"0d7c9a57-5d8f-4c0e-a3c4-2f6e1b9d8a10"}}}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var noResource = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Mutation, new NotificatieVariables(), null, CancellationToken.None));
        Assert.Equal(IWlzErrorKind.Configuration, noResource.Kind);
        Assert.Contains("GraphQLRequestOptions.ResourceUri", noResource.Message, StringComparison.Ordinal);

        var noScope = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(
            TestOperations.Mutation, new NotificatieVariables(), new GraphQL.GraphQLRequestOptions { ResourceUri = new Uri("https://zorgkantoor.test/notificatie") }, CancellationToken.None));
        Assert.Equal(IWlzErrorKind.Configuration, noScope.Kind);
        Assert.Contains("IWlzScopes.NotificatieCreate", noScope.Message, StringComparison.Ordinal);
        Assert.Empty(_network.Server.LogEntries);

        var ok = await sdk.Executor.ExecuteAsync(
            TestOperations.Mutation,
            new NotificatieVariables(),
            new GraphQL.GraphQLRequestOptions { ResourceUri = new Uri("https://zorgkantoor.test/notificatie"), Scopes = [IWlzScopes.NotificatieCreate(IWlzPartyRole.Zorgkantoor)] },
            CancellationToken.None);
        Assert.True(ok.IsSuccess);
        Assert.Contains("\"scope\":\"organisaties/zorgkantoor/notificaties/notificatie:create\"", _network.TokenRequests.Single().RequestMessage!.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bemiddelingsregister.test/graphql")]
    [InlineData("https://bemiddelingsregister.test/graphql#part")]
    public async Task Audience_that_is_not_an_absolute_https_url_is_refused_before_any_network_call(string audience)
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(
            TestOperations.Query, TestOperations.Variables(), new GraphQL.GraphQLRequestOptions { ResourceUri = new Uri(audience) }, CancellationToken.None));

        Assert.Equal(IWlzErrorKind.Configuration, error.Kind);
        Assert.Contains("audience", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_network.Server.LogEntries);
    }

    public void Dispose() => _network.Dispose();
}

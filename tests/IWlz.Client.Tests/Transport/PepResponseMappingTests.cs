using IWlz.Client.Tests.Infrastructure;

namespace IWlz.Client.Tests.Transport;

public sealed class PepResponseMappingTests : IDisposable
{
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task Partial_data_returns_both_data_and_errors()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[{"id":"6f1a7e4c-2b9d-4c61-9a8e-3d5b7f0c1a22","instelling":null}]},"errors":[{"message":"instelling not available","path":["bemiddelingspecificatie",0,"instelling"],"locations":[{"line":1,"column":7}],"extensions":{"code":"FORBIDDEN"}}]}""");
        using var sdk = Sdk();

        var response = await Execute(sdk);

        Assert.True(response.IsPartial);
        Assert.Single(response.Data!.Items);
        var error = Assert.Single(response.Errors);
        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(new GraphQL.GraphQLErrorLocation(1, 7), Assert.Single(error.Locations));
        Assert.Equal(3, error.Path.Count);
        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Empty_list_is_success()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]}}""");
        using var sdk = Sdk();

        var response = await Execute(sdk);

        Assert.True(response.IsSuccess);
        Assert.Empty(response.Data!.Items);
    }

    [Fact]
    public async Task Plain_application_json_answer_is_read_too()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[{"id":"6f1a7e4c-2b9d-4c61-9a8e-3d5b7f0c1a22"}]}}""", "application/json; charset=utf-8");
        using var sdk = Sdk();

        var response = await Execute(sdk);

        Assert.True(response.IsSuccess);
    }

    [Fact]
    public async Task Data_null_is_a_failure_carrying_the_graphql_errors()
    {
        _network.WithToken().WithPep(200, """{"data":null,"errors":[{"message":"Unexpected error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""");
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.GraphQL, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.ErrorCode);
        Assert.Single(error.GraphQLErrors);
        Assert.Equal("GetBemiddelingspecificatie", error.OperationName);
        Assert.Equal("QBR-0001-ZA", error.TemplateId);
        Assert.Matches("^[0-9a-f]{32}$", error.TraceId);
        Assert.Matches("^[0-9a-f]{16}$", error.SpanId);
        Assert.Single(_network.PepRequests); // not retried
    }

    [Theory]
    [InlineData(403, """{"errors":[{"message":"bemiddelingspecificatie: Policy: Access Denied","extensions":{"code":"FORBIDDEN"}}]}""", IWlzErrorKind.AccessDenied)]
    [InlineData(403, """{"errors":[{"message":"Request Does Not Match Scopes","extensions":{"code":"FORBIDDEN"}}]}""", IWlzErrorKind.ScopeMismatch)]
    [InlineData(403, """{"errors":[{"message":"Invalid Client Certificate"}]}""", IWlzErrorKind.CertificateNotAccepted)]
    [InlineData(403, """{"errors":[{"message":"Not Allowed"}]}""", IWlzErrorKind.IpNotRegistered)]
    [InlineData(400, """{"errors":[{"message":"zendNotificatie: event_type is not valid","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", IWlzErrorKind.PolicyViolation)]
    [InlineData(400, """{"errors":[{"message":"Scope is not allowed","extensions":{"code":"BAD_REQUEST"}}]}""", IWlzErrorKind.ScopeMismatch)]
    [InlineData(400, """{"errors":[{"message":"Only one operation at the time is supported.","extensions":{"code":"BAD_REQUEST"}}]}""", IWlzErrorKind.BadRequest)]
    [InlineData(403, """{"errors":[{"message":"Unauthorized","extensions":{"code":"UNAUTHORIZED"}}]}""", IWlzErrorKind.Unauthorized)]
    [InlineData(404, """{"errors":[{"message":"Not Found"}]}""", IWlzErrorKind.EndpointNotFound)]
    [InlineData(406, """{"errors":[{"message":"Not Acceptable"}]}""", IWlzErrorKind.BadRequest)]
    public async Task Json_error_bodies_map_to_their_kind_and_are_not_retried(int status, string body, IWlzErrorKind expected)
    {
        _network.WithToken().WithPep(status, body);
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(expected, error.Kind);
        Assert.Equal(IWlzErrorSource.Pep, error.ErrorSource);
        Assert.Equal(status, error.StatusCode);
        Assert.NotEmpty(error.GraphQLErrors);
        Assert.Single(_network.PepRequests);
        if (expected == IWlzErrorKind.ScopeMismatch)
        {
            Assert.Contains(IWlzScopes.BemiddelingsregisterRead, error.Scopes);
        }
    }

    [Fact]
    public async Task Legacy_ErrorCode_body_maps_to_the_same_exception()
    {
        _network.WithToken().WithPep(400, """{"ErrorCode":"bad_request","Error":"No operation found to evaluate"}""", "application/json");
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.BadRequest, error.Kind);
        Assert.Equal("bad_request", error.ErrorCode);
        Assert.Equal("No operation found to evaluate", error.ServerMessage);
        Assert.Contains("No operation found to evaluate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_plain_401_refreshes_the_token_once_and_retries_once()
    {
        _network.WithToken().WithPepSequence(
            (401, "Unauthorized", "text/plain", null),
            (200, """{"data":{"bemiddelingspecificatie":[]}}""", "application/graphql-response+json", null));
        using var sdk = Sdk();

        var response = await Execute(sdk);

        Assert.True(response.IsSuccess);
        Assert.Equal(2, _network.PepRequests.Count);
        Assert.Equal(2, _network.TokenRequests.Count);
        var first = _network.PepRequests[0].RequestMessage!.Headers!["Authorization"].Single();
        var second = _network.PepRequests[1].RequestMessage!.Headers!["Authorization"].Single();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Persistent_401_gives_Unauthorized_after_exactly_one_retry()
    {
        _network.WithToken().WithPep(401, "Unauthorized", "text/plain");
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.Unauthorized, error.Kind);
        Assert.Equal("Unauthorized", error.ServerMessage);
        Assert.Equal(2, _network.PepRequests.Count);
        Assert.Equal(2, _network.TokenRequests.Count);
    }

    [Fact]
    public async Task Error_messages_never_hold_a_BSN_a_token_or_the_variables()
    {
        _network.WithToken().WithPep(403, """{"errors":[{"message":"Policy: Access Denied for bsn BSN","extensions":{"code":"FORBIDDEN"}}]}""".Replace("BSN", TestOperations.CanaryBsn, StringComparison.Ordinal));
        using var sdk = Sdk();
        var variables = new SpecificatieVariables { Id = Guid.Parse("11111111-2222-4333-8444-555555555555") };

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, variables, null, CancellationToken.None));

        var token = System.Text.Json.JsonDocument.Parse(_network.TokenRequests.Single().ResponseMessage!.BodyData!.BodyAsString!).RootElement.GetProperty("access_token").GetString()!;
        var everything = error.Message + error.ServerMessage + string.Join(" ", error.GraphQLErrors.Select(e => e.Message)) + error.ToString() + sdk.AllLogText();
        Assert.DoesNotContain(TestOperations.CanaryBsn, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], everything, StringComparison.Ordinal);
        Assert.DoesNotContain("11111111-2222-4333-8444-555555555555", everything, StringComparison.Ordinal);
        Assert.Contains(IWlz.Client.Privacy.SensitiveText.Mask, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_errors_with_something_to_mask_are_changed_and_control_characters_become_spaces()
    {
        // Two errors: the first holds a possible BSN, the second nothing to mask; the message has a tab and a bell.
        _network.WithToken().WithPep(403, """{"errors":[{"message":"Policy:\tAccess Denied\u0007 for BSN","path":["bemiddelingspecificatie",0],"extensions":{"code":"FORBIDDEN"}},{"message":"Second: see the policy","locations":[{"line":1,"column":5}]}]}""".Replace("BSN", TestOperations.CanaryBsn, StringComparison.Ordinal));
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(2, error.GraphQLErrors.Count);
        Assert.Equal("Policy:\tAccess Denied\u0007 for " + IWlz.Client.Privacy.SensitiveText.Mask, error.GraphQLErrors[0].Message);
        Assert.Equal("FORBIDDEN", error.GraphQLErrors[0].Code);
        Assert.Equal(["bemiddelingspecificatie", "0"], error.GraphQLErrors[0].Path.Select(p => p.ToString()));
        Assert.Equal("Second: see the policy", error.GraphQLErrors[1].Message);
        Assert.Equal(new GraphQL.GraphQLErrorLocation(1, 5), Assert.Single(error.GraphQLErrors[1].Locations));
        Assert.Equal("Policy: Access Denied  for " + IWlz.Client.Privacy.SensitiveText.Mask, error.ServerMessage);
        Assert.Equal("FORBIDDEN", error.ErrorCode);
        Assert.DoesNotContain('\u0007', error.Message);
    }

    [Fact]
    public async Task Unknown_media_type_on_200_is_an_invalid_response()
    {
        _network.WithToken().WithPep(200, "<html>gateway</html>", "text/html");
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.InvalidResponse, error.Kind);
    }

    [Fact]
    public async Task Data_that_does_not_fit_the_result_type_is_an_invalid_response()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[{"id":"not-a-guid"}]}}""");
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.InvalidResponse, error.Kind);
        Assert.DoesNotContain("not-a-guid", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _network.Dispose();

    private SdkHarness Sdk() => SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

    private static Task<GraphQL.GraphQLResponse<SpecificatieData>> Execute(SdkHarness sdk) =>
        sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
}

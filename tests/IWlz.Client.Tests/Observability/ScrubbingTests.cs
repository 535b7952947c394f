using IWlz.Client.GraphQL;
using IWlz.Client.Tests.Infrastructure;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// Free text from the network is scrubbed of possible BSNs on every path into a log line or an exception
/// (logging.md §6.12): GraphQL error messages and codes, legacy PEP errors, text bodies and nID errors.
/// </summary>
public sealed class ScrubbingTests : IDisposable
{
    private const string Canary = TestOperations.CanaryBsn;
    private readonly FakeNetwork _network = FakeNetwork.Start();

    public static TheoryData<int, string, string> PepAnswers => new()
    {
        { 400, $$$"""{"errors":[{"message":"Client {{{Canary}}} not found","extensions":{"code":"E{{{Canary}}}"}}]}""", "application/json" },
        { 200, $$$"""{"data":null,"errors":[{"message":"bsn {{{Canary}}} invalid","extensions":{"code":"BAD_USER_INPUT"}}]}""", "application/graphql-response+json" },
        { 403, $$$"""{"ErrorCode":"{{{Canary}}}","Error":"Access denied for {{{Canary}}}"}""", "application/json" },
        { 401, $"token rejected for {Canary}", "text/plain" },
        { 502, $"<html>upstream failed for {Canary}</html>", "text/html" },
    };

    [Theory]
    [MemberData(nameof(PepAnswers))]
    public async Task A_possible_bsn_in_a_pep_answer_reaches_no_exception_text_and_no_log(int status, string body, string contentType)
    {
        _network.WithToken().WithPep(status, body, contentType);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Resilience.MaxRetryAttempts = 0);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        Assert.DoesNotContain(Canary, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.ServerMessage ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.ErrorCode ?? string.Empty, StringComparison.Ordinal);
        Assert.All(error.GraphQLErrors, e => Assert.DoesNotContain(Canary, e.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(Canary, sdk.AllLogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_possible_bsn_in_an_nID_error_reaches_no_exception_text_and_no_log()
    {
        _network.WithTokenError(400, $$$"""{"error":"invalid_request","error_description":"unknown subject {{{Canary}}}"}""", "application/json");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var error = await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        Assert.DoesNotContain(Canary, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("*********", error.ServerMessage, StringComparison.Ordinal); // scrubbed, not dropped
        Assert.DoesNotContain(Canary, sdk.AllLogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_errors_are_logged_by_count_and_thrown_scrubbed()
    {
        _network.WithToken().WithPep(200, $$$"""{"data":{"bemiddelingspecificatie":[]},"errors":[{"message":"no access to {{{Canary}}}","extensions":{"code":"X{{{Canary}}}"}}]}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        var error = Assert.Throws<GraphQLResponseException>(response.GetDataOrThrow);

        Assert.DoesNotContain(Canary, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, sdk.AllLogText(), StringComparison.Ordinal);
        Assert.Contains(sdk.Logs.Records, r => r.EventId.Id == 3005);
    }

    public void Dispose() => _network.Dispose();
}

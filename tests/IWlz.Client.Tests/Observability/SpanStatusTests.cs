using System.Diagnostics;
using IWlz.Client.Diagnostics;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Transport;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// logging.md §6.9–6.10 and §6.20: the status and tags of the SDK's client spans, B3 on mutations too, and a core
/// package that brings no OpenTelemetry and changes no process-wide tracing state. Listens process-wide, so it
/// runs in the collection that runs alone.
/// </summary>
[Collection(nameof(GlobalTracingState))]
public sealed class SpanStatusTests : IDisposable
{
    private readonly FakeNetwork _network = FakeNetwork.Start();
    private readonly ActivityCapture _activities = new(s => s.Name == IWlzDiagnostics.ActivitySourceName);

    [Theory]
    [InlineData(403, """{"errors":[{"message":"Policy: Access Denied","extensions":{"code":"FORBIDDEN"}}]}""", "application/json", "AccessDenied")]
    [InlineData(500, """{"errors":[{"message":"internal"}]}""", "application/json", null)]
    [InlineData(200, """{"data":null,"errors":[{"message":"not allowed","extensions":{"code":"FORBIDDEN"}}]}""", "application/json", null)]
    public async Task A_failed_call_ends_its_span_with_status_Error_and_an_error_type(int status, string body, string contentType, string? errorType)
    {
        _network.WithToken().WithPep(status, body, contentType);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Resilience.MaxRetryAttempts = 0);

        try
        {
            var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
            Assert.False(response.IsSuccess); // a 200 with errors and no data is a failure, whatever the status code
        }
        catch (IWlzException)
        {
        }

        var span = Assert.Single(_activities.Named("query GetBemiddelingspecificatie"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        var tag = Assert.IsType<string>(span.GetTagItem("error.type"));
        if (errorType is not null)
        {
            Assert.Equal(errorType, tag);
        }

        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
        Assert.Null(span.GetTagItem("graphql.document"));
    }

    [Fact]
    public async Task Partial_data_is_not_an_error_span()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]},"errors":[{"message":"one field failed"}]}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var span = Assert.Single(_activities.Named("query GetBemiddelingspecificatie"));
        Assert.NotEqual(ActivityStatusCode.Error, span.Status);
        Assert.Equal("partial", span.GetTagItem("iwlz.status"));
        Assert.Null(span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task A_mutation_is_sent_with_B3_headers_of_its_own_mutation_span()
    {
        _network.WithToken().WithPep(200, """{"data":{"zendNotificatie":{"notificatieID":"7d2b9f4e-1c3a-4b5d-8e6f-9a0b1c2d3e4f"}}}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, configure: o => o.Services[IWlzServiceNames.Netwerkpunt] = new ServiceOptions { ResourceUri = new Uri(FakeNetwork.ResourceUri) });

        await sdk.Executor.ExecuteAsync(TestOperations.Mutation, new NotificatieVariables(), new GraphQL.GraphQLRequestOptions { Scopes = ["notificatie:create"] }, CancellationToken.None);

        var span = Assert.Single(_activities.Stopped, a => a.DisplayName.StartsWith("mutation ", StringComparison.Ordinal));
        Assert.Equal("mutation", span.GetTagItem("graphql.operation.type"));
        var headers = _network.PepRequests.Single().RequestMessage!.Headers!;
        Assert.Equal(span.TraceId.ToHexString(), headers["X-B3-TraceId"].Single());
        Assert.Equal(span.SpanId.ToHexString(), headers["X-B3-SpanId"].Single());
    }

    [Fact]
    public async Task The_core_package_references_no_opentelemetry_and_leaves_the_global_propagator_alone()
    {
        var before = DistributedContextPropagator.Current;
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]}}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.Same(before, DistributedContextPropagator.Current);
        var references = typeof(IWlzDiagnostics).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, name => name.StartsWith("OpenTelemetry", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _activities.Dispose();
        _network.Dispose();
    }
}

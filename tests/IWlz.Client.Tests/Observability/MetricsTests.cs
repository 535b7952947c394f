using System.Diagnostics.Metrics;
using IWlz.Client.Diagnostics;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Observability;

/// <summary>The SDK's instruments (logging.md §6.21): what they count and that their tags stay low-cardinality.</summary>
public sealed class MetricsTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";

    /// <summary>Every tag an SDK instrument may carry; anything else would be a new, unreviewed dimension.</summary>
    private static readonly HashSet<string> AllowedTags =
    [
        "graphql.operation.type", "graphql.operation.name", "iwlz.template.id", "iwlz.register", "server.address",
        "iwlz.status", "error.type", "iwlz.resend.reason", "iwlz.token.cache.result", "iwlz.environment",
        "iwlz.message.kind", "iwlz.event_type",
    ];

    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task A_query_is_counted_and_timed_with_its_operation_tags()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var count = Assert.Single(metrics.Of("iwlz.client.operations"));
        Assert.Equal(IWlzDiagnostics.MeterName, count.Meter);
        Assert.Equal(1, count.Value);
        Assert.Equal("query", count.Tag("graphql.operation.type"));
        Assert.Equal("GetBemiddelingspecificatie", count.Tag("graphql.operation.name"));
        Assert.Equal("QBR-0001-ZA", count.Tag("iwlz.template.id"));
        Assert.Equal("Bemiddelingsregister", count.Tag("iwlz.register"));
        Assert.Equal("127.0.0.1", count.Tag("server.address"));
        Assert.Equal("success", count.Tag("iwlz.status"));
        Assert.Null(count.Tag("error.type"));
        var duration = Assert.Single(metrics.Of("iwlz.client.operation.duration"));
        Assert.InRange(duration.Value, 0, 60);
        Assert.Equal("success", duration.Tag("iwlz.status"));
    }

    [Theory]
    [InlineData(403, """{"errors":[{"message":"Policy: Access Denied","extensions":{"code":"FORBIDDEN"}}]}""", "refused", "AccessDenied")]
    [InlineData(400, """{"errors":[{"message":"Syntax Error","extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", "error", "BadRequest")]
    public async Task A_failed_query_is_counted_with_its_status_and_error_type(int status, string body, string expectedStatus, string expectedErrorType)
    {
        _network.WithToken().WithPep(status, body, "application/json");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());

        await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        var count = Assert.Single(metrics.Of("iwlz.client.operations"));
        Assert.Equal(expectedStatus, count.Tag("iwlz.status"));
        Assert.Equal(expectedErrorType, count.Tag("error.type"));
    }

    [Fact]
    public async Task Partial_data_is_counted_as_partial()
    {
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]},"errors":[{"message":"one field failed"}]}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.Equal("partial", Assert.Single(metrics.Of("iwlz.client.operations")).Tag("iwlz.status"));
    }

    [Fact]
    public async Task Token_fetches_and_cache_hits_are_counted()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var fetch = Assert.Single(metrics.Of("iwlz.client.token.requests"));
        Assert.Equal("success", fetch.Tag("iwlz.status"));
        Assert.Equal("127.0.0.1", fetch.Tag("server.address"));
        Assert.Single(metrics.Of("iwlz.client.token.request.duration"));
        var lookups = metrics.Of("iwlz.client.token.cache.lookups").Select(m => m.Tag("iwlz.token.cache.result")).ToList();
        Assert.Equal(["miss", "hit"], lookups);
    }

    [Fact]
    public async Task A_refused_token_request_is_counted_as_refused()
    {
        _network.WithTokenError(403, """{"error":"invalid_client","error_description":"Invalid Client Certificate"}""", "application/json");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());

        await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None));

        var fetch = Assert.Single(metrics.Of("iwlz.client.token.requests"));
        Assert.Equal("refused", fetch.Tag("iwlz.status"));
        Assert.NotNull(fetch.Tag("error.type"));
    }

    [Fact]
    public async Task Retries_and_token_refresh_resends_are_counted_by_reason()
    {
        _network.WithToken().WithPepSequence(
            (503, "{}", "application/json", null),
            (401, "token expired", "text/plain", null),
            (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var reasons = metrics.Of("iwlz.client.requests.resent").Select(m => m.Tag("iwlz.resend.reason")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["retry", "token_refresh"], reasons);
        Assert.All(metrics.Of("iwlz.client.requests.resent"), m => Assert.Equal("GetBemiddelingspecificatie", m.Tag("graphql.operation.name")));
    }

    [Fact]
    public void The_certificate_gauge_reports_the_days_to_expiry()
    {
        var now = new DateTimeOffset(TestPki.Zorgaanbieder.NotAfter.ToUniversalTime(), TimeSpan.Zero).AddDays(-30).AddHours(-12);
        var time = new FakeTimeProvider(now);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, time: time);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());
        _ = sdk.Provider.GetRequiredService<IWlz.Client.Diagnostics.Internal.SdkMetrics>(); // created lazily by the first call in real use

        metrics.Observe();

        var gauge = Assert.Single(metrics.Of("iwlz.client.certificate.time_to_expiry"));
        Assert.Equal(30.5, gauge.Value, precision: 1);
        Assert.Equal("Test", gauge.Tag("iwlz.environment"));
    }

    [Fact]
    public async Task Every_tag_of_every_sdk_instrument_is_a_reviewed_low_cardinality_tag()
    {
        _network.WithToken().WithPepSequence((503, "{}", "application/json", null), (200, Success, "application/graphql-response+json", null));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        using var metrics = new MetricCapture(sdk.Provider.GetRequiredService<IMeterFactory>());

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
        await Assert.ThrowsAsync<IWlzException>(() => sdk.Executor.ExecuteAsync(TestOperations.Mutation, new NotificatieVariables(), null, CancellationToken.None));
        metrics.Observe();

        var sdkMeasurements = metrics.Measurements.Where(m => m.Meter == IWlzDiagnostics.MeterName).ToList();
        Assert.Equal(7, sdkMeasurements.Select(m => m.Instrument).Distinct().Count()); // operations, duration, resends, token requests and duration, cache lookups, certificate gauge
        Assert.All(sdkMeasurements, m => Assert.All(m.Tags.Keys, key => Assert.Contains(key, AllowedTags)));
    }

    [Fact]
    public void A_template_id_that_is_not_a_plain_name_never_becomes_a_tag()
    {
        Assert.Equal("other", IWlz.Client.Diagnostics.Internal.SafeTag.NameOrOther(TestOperations.CanaryBsn));
        Assert.Equal("other", IWlz.Client.Diagnostics.Internal.SafeTag.NameOrOther("https://example.test/x?bsn=1"));
        Assert.Equal("QBR-0001-ZA", IWlz.Client.Diagnostics.Internal.SafeTag.NameOrOther("QBR-0001-ZA"));
        Assert.Null(IWlz.Client.Diagnostics.Internal.SafeTag.NameOrOther(null));
    }

    public void Dispose() => _network.Dispose();
}

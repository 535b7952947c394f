using System.Diagnostics;
using IWlz.Client.AspNetCore.Diagnostics;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Transport;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// IWlz.Client.OpenTelemetry (logging.md §6.20): <c>AddIWlzClientInstrumentation()</c> makes an OpenTelemetry SDK
/// export the SDK's spans and metrics. The providers listen process-wide, so this runs in the collection that runs alone.
/// </summary>
[Collection(nameof(GlobalTracingState))]
public sealed class OpenTelemetryInstrumentationTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task The_sdk_spans_and_metrics_reach_an_opentelemetry_exporter()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddIWlzClientInstrumentation().AddInMemoryExporter(spans).Build())
        using (var metering = Sdk.CreateMeterProviderBuilder().AddIWlzClientInstrumentation().AddInMemoryExporter(metrics).Build())
        {
            _network.WithToken().WithPep(200, Success);
            using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

            var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

            tracing.ForceFlush();
            metering.ForceFlush();
            var query = Assert.Single(spans, s => s.DisplayName == "query GetBemiddelingspecificatie");
            Assert.Equal(ActivityKind.Client, query.Kind);
            Assert.Equal("GetBemiddelingspecificatie", query.GetTagItem("graphql.operation.name"));
            Assert.Equal(response.TraceId, query.TraceId.ToHexString()); // the exported span is the one whose IDs went out as B3
            Assert.Equal(query.TraceId, Assert.Single(spans, s => s.DisplayName == "nID token").TraceId);
            Assert.Contains(metrics, m => m.Name == "iwlz.client.operations" && m.MeterName == "IWlz.Client");
            Assert.Contains(metrics, m => m.Name == "iwlz.client.operation.duration" && m.Unit == "s");
            Assert.Contains(metrics, m => m.Name == "iwlz.client.token.cache.lookups");
        }
    }

    [Fact]
    public void The_netwerkpunt_source_is_added_too()
    {
        var spans = new List<Activity>();
        using var netwerkpunt = new ActivitySource(IWlzAspNetCoreDiagnostics.ActivitySourceName);
        using (var tracing = Sdk.CreateTracerProviderBuilder().AddIWlzClientInstrumentation().AddInMemoryExporter(spans).Build())
        {
            using (var activity = netwerkpunt.StartActivity("mutation zendNotificatie", ActivityKind.Server))
            {
                Assert.NotNull(activity);
            }

            tracing.ForceFlush();
        }

        Assert.Single(spans, s => s.Source.Name == IWlzAspNetCoreDiagnostics.ActivitySourceName);
    }

    [Fact]
    public void A_null_builder_is_refused_by_name()
    {
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => IWlzTracerProviderBuilderExtensions.AddIWlzClientInstrumentation(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => IWlzMeterProviderBuilderExtensions.AddIWlzClientInstrumentation(null!)).ParamName);
    }

    public void Dispose() => _network.Dispose();
}

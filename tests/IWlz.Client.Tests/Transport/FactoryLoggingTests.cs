using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Transport;

/// <summary>
/// IHttpClientFactory's logging handlers are in the SDK's PEP and nID clients only while the host logs their
/// categories; a host's own clients keep them either way.
/// </summary>
public sealed class FactoryLoggingTests : IDisposable
{
    private const string Success = """{"data":{"bemiddelingspecificatie":[]}}""";
    private static readonly string PepClient = HttpClientNames.PepPrefix + TestPki.Zorgaanbieder.Thumbprint;
    private static readonly string NidClient = HttpClientNames.NidPrefix + TestPki.Zorgaanbieder.Thumbprint;
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task While_the_host_logs_HttpClient_the_SDK_clients_keep_the_factory_logging()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.Contains(sdk.Logs.Records, r => r.Category == $"System.Net.Http.HttpClient.{PepClient}.LogicalHandler");
        Assert.Contains(sdk.Logs.Records, r => r.Category == $"System.Net.Http.HttpClient.{PepClient}.ClientHandler");
        Assert.Contains(sdk.Logs.Records, r => r.Category == $"System.Net.Http.HttpClient.{NidClient}.ClientHandler");
        Assert.Equal(2, LoggingHandlers(sdk, PepClient));
    }

    [Fact]
    public async Task Without_HttpClient_logging_the_SDK_clients_have_no_logging_handlers_and_still_call()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, build: b => b.Services.AddLogging(l => l.AddFilter("System.Net.Http.HttpClient", LogLevel.None)));

        var response = await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(0, LoggingHandlers(sdk, PepClient));
        Assert.Equal(0, LoggingHandlers(sdk, NidClient));
        Assert.Contains(Chain(sdk, PepClient), h => h is ResilientCallHandler);
        Assert.Contains(Chain(sdk, PepClient), h => h is TokenHandler);
        Assert.DoesNotContain(sdk.Logs.Records, r => r.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_enabled_category_of_the_two_keeps_both_handlers()
    {
        _network.WithToken().WithPep(200, Success);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, build: b => b.Services.AddLogging(l => l
            .AddFilter("System.Net.Http.HttpClient", LogLevel.None)
            .AddFilter($"System.Net.Http.HttpClient.{PepClient}.ClientHandler", LogLevel.Warning)));

        // A call registers the certificate whose clients the factory then builds.
        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        Assert.Equal(2, LoggingHandlers(sdk, PepClient));
        Assert.Equal(0, LoggingHandlers(sdk, NidClient));
    }

    [Fact]
    public void A_host_client_keeps_its_logging_handlers_while_HttpClient_logging_is_off()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, build: b =>
        {
            b.Services.AddLogging(l => l.AddFilter("System.Net.Http.HttpClient", LogLevel.None));
            b.Services.AddHttpClient("vendor");
        });

        Assert.Equal(2, LoggingHandlers(sdk, "vendor"));
    }

    [Fact]
    public void The_filter_is_registered_once_and_before_the_factory_logging_filter()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        services.AddIWlzClient(o => o.Party.Code = "12345678");
        services.AddIWlzClient(o => o.Party.Code = "12345678");

        var filters = services.Where(d => d.ServiceType == typeof(IHttpMessageHandlerBuilderFilter)).ToList();
        Assert.Single(filters, d => d.ImplementationType == typeof(FactoryLoggingFilter));
        Assert.Equal(typeof(FactoryLoggingFilter), filters[0].ImplementationType);
    }

    public void Dispose() => _network.Dispose();

    private static int LoggingHandlers(SdkHarness sdk, string name) =>
        Chain(sdk, name).Count(h => h is LoggingScopeHttpMessageHandler or LoggingHttpMessageHandler);

    // The handler chain the factory builds for a client name, outermost first.
    private static List<HttpMessageHandler> Chain(SdkHarness sdk, string name)
    {
        var chain = new List<HttpMessageHandler>();
        HttpMessageHandler? handler = sdk.Provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name);
        while (handler is not null)
        {
            chain.Add(handler);
            handler = (handler as DelegatingHandler)?.InnerHandler;
        }

        return chain;
    }
}

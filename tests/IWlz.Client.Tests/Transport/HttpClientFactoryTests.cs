using System.Collections.Concurrent;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace IWlz.Client.Tests.Transport;

public sealed class HttpClientFactoryTests : IDisposable
{
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task Token_and_PEP_calls_use_named_factory_clients_per_certificate_thumbprint()
    {
        var names = new ConcurrentQueue<string>();
        _network.WithToken().WithPep(200, """{"data":{"bemiddelingspecificatie":[]}}""");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, build: b => b.Services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new RecordingFilter(names)));

        await sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

        var thumbprint = TestPki.Zorgaanbieder.Thumbprint;
        Assert.Contains("IWlz.Client.Pep:" + thumbprint, names);
        Assert.Contains("IWlz.Client.Nid:" + thumbprint, names);
    }

    public void Dispose() => _network.Dispose();

    private sealed class RecordingFilter(ConcurrentQueue<string> names) : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            names.Enqueue(builder.Name ?? string.Empty);
            next(builder);
        };
    }
}

using IWlz.Client.AddressBook;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Indicatieregister;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Parties;
using IWlz.Client.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IWlz.Client.IntegrationTests.Infrastructure;

/// <summary>The SDK registered as a vendor registers it (<c>AddIWlzClient</c>), pointed at a simulator with <c>UseSimulator</c>.</summary>
internal sealed class SdkClient : IDisposable
{
    private SdkClient(ServiceProvider provider) => Provider = provider;

    public ServiceProvider Provider { get; }

    public IBemiddelingsregisterClient Bemiddelingsregister => Provider.GetRequiredService<IBemiddelingsregisterClient>();

    public IIndicatieregisterClient Indicatieregister => Provider.GetRequiredService<IIndicatieregisterClient>();

    public ITokenProvider Tokens => Provider.GetRequiredService<ITokenProvider>();

    public IServiceDirectory Directory => Provider.GetRequiredService<IServiceDirectory>();

    public IWlzClientOptions Options => Provider.GetRequiredService<IOptions<IWlzClientOptions>>().Value;

    /// <summary>
    /// Registers the SDK for <paramref name="party"/>, runs the start-up validation a host runs, and returns it.
    /// Retry delays are shortened so the fault tests stay quick; everything else keeps the SDK's defaults.
    /// </summary>
    public static SdkClient Create(IWlzNetworkSimulator simulator, SimulatedParty party, Action<IWlzClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddIWlzClient(_ => { }).UseSimulator(simulator, party);
        services.Configure<IWlzClientOptions>(o =>
        {
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(20);
            o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(200);
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return new SdkClient(provider);
    }

    public void Dispose() => Provider.Dispose();
}

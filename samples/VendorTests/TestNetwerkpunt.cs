using System.Net;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Inbox;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Parties;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VendorTests;

/// <summary>
/// Our netwerkpunt, hosted for a test exactly as in production (Kestrel, TLS, only the PEP's client certificate),
/// with the server certificate and trust from the simulator's test CA. The simulator delivers the party's
/// notifications to it from the moment it is started.
/// </summary>
public sealed class TestNetwerkpunt : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestNetwerkpunt(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <param name="configure">Registers our handlers: the same code as in our application's Program.cs.</param>
    public static async Task<TestNetwerkpunt> StartAsync(IWlzNetworkSimulator network, SimulatedParty party, Action<NotificationInboxBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var serverCertificate = network.CertificateAuthority.IssueServer();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = serverCertificate;
            https.RequirePepClientCertificate([network.RootCertificate]);
        })));
        builder.Services.AddIWlzClient(_ => { }).UseSimulator(network, party);
        var inbox = builder.Services.AddIWlzNetwerkpunt(options => options.ClientCertificateRoots.Add(network.RootCertificate))
            .UseInMemory()
            .ConfigureDispatcher(options => options.PollInterval = TimeSpan.FromMilliseconds(20));
        configure(inbox);

        var app = builder.Build();
        app.MapIWlzNetwerkpunt("/iwlz/netwerkpunt");
        await app.StartAsync();
        party.NetwerkpuntUri = new Uri(app.Urls.First().TrimEnd('/') + "/iwlz/netwerkpunt");
        return new TestNetwerkpunt(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

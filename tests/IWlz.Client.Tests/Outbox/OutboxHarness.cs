using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using IWlz.Client.Outbox;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IWlz.Client.Tests.Outbox;

/// <summary>
/// A zorgkantoor (UZOVI 9902) host with the SDK and the outbox, sending through WireMock over mutual TLS: WireMock
/// plays nID and the PEP in front of three recipients named in a real address-book file — zorgaanbieder AGB
/// 98000044, zorgkantoor UZOVI 5151 and the CIZ (KVK). Retry delays are a few milliseconds.
/// </summary>
internal sealed class OutboxHarness : IAsyncDisposable
{
    internal const string OwnUzovi = "9902";
    internal const string Agb = "98000044";
    internal const string Uzovi = "5151";
    internal static readonly Uri ZorgaanbiederResource = new("https://notificaties.za-98000044.test/graphql");
    internal static readonly Uri ZorgkantoorResource = new("https://notificaties.zk-5151.test/graphql");
    internal static readonly Uri CizResource = new("https://meldingen.ciz.test/graphql");
    private static readonly Lazy<X509Certificate2> Certificate = new(() => TestPki.Ca.IssueZorgkantoor(OwnUzovi));

    private readonly IHost _host;
    private readonly string _folder;

    private OutboxHarness(IHost host, FakeNetwork network, string folder, CapturingLoggerProvider logs)
    {
        _host = host;
        Network = network;
        _folder = folder;
        Logs = logs;
    }

    internal FakeNetwork Network { get; }

    internal CapturingLoggerProvider Logs { get; }

    internal IOutbox Outbox => _host.Services.GetRequiredService<IOutbox>();

    internal IServiceProvider Services => _host.Services;

    /// <summary>Starts the host. <paramref name="pep"/> sets up the PEP's answers before the sender runs.</summary>
    internal static async Task<OutboxHarness> StartAsync(Action<FakeNetwork> pep, Action<OutboxOptions>? configure = null, bool sqlite = false, int transportRetries = 0, Uri? pepOverride = null)
    {
        var network = FakeNetwork.Start().WithToken();
        pep(network);
        var folder = Directory.CreateTempSubdirectory("iwlz-outbox-").FullName;
        var addressBook = Path.Combine(folder, "adresboek.json");
        File.WriteAllText(addressBook, AddressBook(pepOverride ?? network.PepEndpoint, network.TokenEndpoint));
        var logs = new CapturingLoggerProvider();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddIWlzClient(o =>
            {
                o.Environment = IWlzEnvironment.Test;
                o.Party.Role = IWlzPartyRole.Zorgkantoor;
                o.Party.Code = OwnUzovi;
                o.Endpoints.PepEndpoint = pepOverride ?? network.PepEndpoint;
                o.Endpoints.TokenEndpoint = network.TokenEndpoint;
                o.AddressBook.Path = addressBook;
                o.ServerTrust.RevocationMode = X509RevocationMode.NoCheck;
                o.Resilience.MaxRetryAttempts = transportRetries;
                o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.Resilience.CircuitBreakerMinimumThroughput = 10_000;
            })
            .UseCertificate(Certificate.Value, IWlzEnvironment.Test)
            .AddTrustedRootCertificate(TestPki.Ca.RootCertificate);
        var outbox = builder.Services.AddIWlzOutbox(o =>
        {
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(2);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(20);
            o.PollInterval = TimeSpan.FromMilliseconds(20);
            o.MaxAttempts = 5;
            configure?.Invoke(o);
        });
        if (sqlite)
        {
            outbox.UseSqlite(o => o.DatabasePath = Path.Combine(folder, "outbox.db"));
        }
        else
        {
            outbox.UseInMemory();
        }

        var host = builder.Build();
        await host.StartAsync();
        return new OutboxHarness(host, network, folder, logs);
    }

    /// <summary>The adresboek: each recipient's NOTIFICATIE and MELDING services behind WireMock's PEP and nID.</summary>
    internal static string AddressBook(Uri pep, Uri token)
    {
        var services = new JsonArray
        {
            Service($"{Agb}_NOTIFICATIE_TST", pep, token, ("NOTIFICATIE_BEMIDDELING", ZorgaanbiederResource)),
            Service($"{Agb}_MELDING_TST", pep, token, ("MELDING", ZorgaanbiederResource)),
            Service($"{Uzovi}_NOTIFICATIE_TST", pep, token, ("NOTIFICATIE_BEMIDDELING", ZorgkantoorResource), ("NOTIFICATIE_INDICATIE", ZorgkantoorResource)),
            Service($"{Uzovi}_MELDING_TST", pep, token, ("MELDING", ZorgkantoorResource)),
            Service("CIZ_MELDING_TST", pep, token, ("MELDING", CizResource)),
        };
        return new JsonObject { ["electronicServices"] = services }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The PEP acknowledges every zendNotificatie and zendMelding with a fresh receiver ID.</summary>
    internal static void Acknowledging(FakeNetwork network)
    {
        network.Server.Given(Request.Create().WithPath("/pep").UsingPost().WithBody(b => b != null && b.Contains("zendMelding", StringComparison.Ordinal)))
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/graphql-response+json")
                .WithBody(_ => "{\"data\":{\"zendMelding\":{\"meldingID\":\"" + Guid.NewGuid() + "\"}}}"));
        network.Server.Given(Request.Create().WithPath("/pep").UsingPost())
            .AtPriority(20)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/graphql-response+json")
                .WithBody(_ => Acknowledgement(Guid.NewGuid())));
    }

    internal static string Acknowledgement(Guid id) => "{\"data\":{\"zendNotificatie\":{\"notificatieID\":\"" + id + "\"}}}";

    internal IReadOnlyList<string> PepBodies() => [.. Network.PepRequests.Select(e => e.RequestMessage!.Body!)];

    /// <summary>Waits (real time, briefly) until <paramref name="condition"/> holds.</summary>
    internal static async Task Eventually(Func<bool> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true in time.");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Network.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static JsonObject Service(string gegevensdienstId, Uri pep, Uri token, params (string Role, Uri Resource)[] roles) => new()
    {
        ["gegevensdienstId"] = gegevensdienstId,
        ["description"] = gegevensdienstId,
        ["weergavenaam"] = "TEST - " + gegevensdienstId,
        ["authorizationEndpoint"] = new JsonObject { ["authorizationEndpointuri"] = pep.AbsoluteUri },
        ["tokenEndpoint"] = new JsonObject { ["tokenEndpointuri"] = token.AbsoluteUri },
        ["systeemrollen"] = new JsonArray([.. roles.Select(r => (JsonNode)new JsonObject
        {
            ["systeemrolcode"] = r.Role,
            ["resourceEndpoint"] = new JsonObject { ["resourceEndpointuri"] = r.Resource.AbsoluteUri },
        })]),
    };
}

// A zorgkantoor (UZOVI 9902) that sends notifications through a SQLite outbox, for the outbox kill test.
// Arguments:
//   --db <file>           the SQLite outbox
//   --pep <url>           the PEP endpoint (WireMock)
//   --token <url>         the nID token endpoint (WireMock)
//   --addressbook <file>  the adresboek with the recipient AGB 98000044
//   --cert <file>         the client certificate with its key (PKCS#12, password "test")
//   --root <file>         the test CA's root certificate, trusted for the server
//   --count <n>           how many notifications to enqueue (0: only deliver what is pending)
//   --enqueued <file>     a line per enqueued notification (its recordID), written after EnqueueAsync returned
using System.Security.Cryptography.X509Certificates;
using IWlz.Client;
using IWlz.Client.Notifications;
using IWlz.Client.Outbox;
using IWlz.Client.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var arguments = ParseArguments(args);
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
builder.Services.AddIWlzClient(o =>
    {
        o.Environment = IWlzEnvironment.Test;
        o.Party.Role = IWlzPartyRole.Zorgkantoor;
        o.Party.Code = "9902";
        o.Endpoints.PepEndpoint = new Uri(arguments["--pep"]);
        o.Endpoints.TokenEndpoint = new Uri(arguments["--token"]);
        o.AddressBook.Path = arguments["--addressbook"];
        o.ServerTrust.RevocationMode = X509RevocationMode.NoCheck;
        o.Resilience.MaxRetryAttempts = 0;
    })
    .UseCertificate(X509CertificateLoader.LoadPkcs12FromFile(arguments["--cert"], "test"), IWlzEnvironment.Test)
    .AddTrustedRootCertificate(X509CertificateLoader.LoadCertificateFromFile(arguments["--root"]));
builder.Services
    .AddIWlzOutbox(o =>
    {
        o.PollInterval = TimeSpan.FromMilliseconds(20);
        o.InitialRetryDelay = TimeSpan.FromMilliseconds(10);
        o.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
        o.MaxConcurrency = 2;
    })
    .UseSqlite(o => o.DatabasePath = arguments["--db"]);
using var host = builder.Build();
await host.StartAsync();

var outbox = host.Services.GetRequiredService<IOutbox>();
var count = int.Parse(arguments["--count"], System.Globalization.CultureInfo.InvariantCulture);
var bemiddeling = Guid.NewGuid();
for (var i = 0; i < count; i++)
{
    var specificatie = Guid.NewGuid();
    await outbox.EnqueueAsync(OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, "98000044"), bemiddeling, specificatie));
    await using (var log = new FileStream(arguments["--enqueued"], FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
    await using (var writer = new StreamWriter(log))
    {
        await writer.WriteLineAsync("Bemiddelingspecificatie/" + specificatie);
    }

    await Task.Delay(60);
}

await host.WaitForShutdownAsync();

static Dictionary<string, string> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i]] = args[i + 1];
    }

    foreach (var required in new[] { "--db", "--pep", "--token", "--addressbook", "--cert", "--root", "--count", "--enqueued" })
    {
        if (!result.ContainsKey(required))
        {
            throw new ArgumentException($"Missing argument {required}.");
        }
    }

    return result;
}

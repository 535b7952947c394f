// A zorgaanbieder (AGB 99000011) on the simulated iWlz network:
//   1. hosts its netwerkpunt (Kestrel, TLS, only the PEP's client certificate gets in);
//   2. receives NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER when zorgkantoor 5555 allocates care to it;
//   3. its typed handler reads the specificatie (QBR-0001-ZA) and then the overview (QBR-0002-ZA or QBR-0003-ZA).
// Against the real network, replace the simulator by your configuration (docs/configuration.md), your
// PKIoverheid server certificate and the PEP's roots. Exit code 0 when the handler has run.
using System.Net;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Notifications;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zorgaanbieder;

await using var network = await IWlzNetworkSimulator.StartAsync();
var me = network.Zorgaanbieder("99000011");

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
var serverCertificate = network.CertificateAuthority.IssueServer();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
{
    https.ServerCertificate = serverCertificate;
    https.RequirePepClientCertificate([network.RootCertificate]);
})));

// <snippet:zorgaanbieder-services>
// This run's own throw-away inbox (deleted at the end); in production: a fixed path on persistent storage.
var database = Path.Combine(Path.GetTempPath(), "iwlz-zorgaanbieder-sample", $"inbox-{Guid.NewGuid():N}.db");
builder.Services.AddIWlzClient(builder.Configuration.GetSection("IWlz"))
    .UseSimulator(network, me); // against the real network: leave this out and configure IWlz:* instead
builder.Services.AddIWlzNetwerkpunt(options => options.ClientCertificateRoots.Add(network.RootCertificate))
    .UseSqlite(storage => storage.DatabasePath = database)
    .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweToewijzingHandler>();
// </snippet:zorgaanbieder-services>
builder.Services.AddSingleton<Finished>();

await using var app = builder.Build();
app.MapIWlzNetwerkpunt("/iwlz/netwerkpunt");
await app.StartAsync();
me.NetwerkpuntUri = new Uri(app.Urls.First().TrimEnd('/') + "/iwlz/netwerkpunt");
Console.WriteLine($"Zorgaanbieder {me.Code}: netwerkpunt listening at {me.NetwerkpuntUri}");

// The simulator plays zorgkantoor 5555: it records a toewijzing for us (with an end date) and notifies us.
var bemiddeling = network.Data.GetAll<BemiddelingRecord>().First(b => b.VerantwoordelijkZorgkantoor == "5555");
var today = DateOnly.FromDateTime(DateTime.Today);
await network.Data.SaveAsync(new BemiddelingspecificatieRecord
{
    BemiddelingspecificatieID = Guid.NewGuid(),
    BemiddelingID = bemiddeling.BemiddelingID,
    Instelling = me.Code,
    UitvoerendZorgkantoor = "5555",
    Leveringsvorm = "1",
    ZzpCode = "6VV",
    SoortToewijzing = "01",
    ToewijzingIngangsdatum = today,
    ToewijzingEinddatum = today.AddMonths(6),
    VaststellingMoment = DateTimeOffset.Now,
});

var handled = await app.Services.GetRequiredService<Finished>().WaitAsync(TimeSpan.FromSeconds(30));
await app.StopAsync();
await app.DisposeAsync(); // closes the database before the sample deletes it
DeleteSampleDatabase(database);
Console.WriteLine(handled ? "Done." : "FAILED: the notification was not handled within 30 seconds.");
return handled ? 0 : 1;

// The sample's database is throw-away (a new simulated network every run); yours is not.
static void DeleteSampleDatabase(string path)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
    catch (IOException)
    {
        // Still open somewhere (possible on Windows): it is in the temp folder, so leave it.
    }
}

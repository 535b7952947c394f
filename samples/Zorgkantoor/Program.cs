// A zorgkantoor (UZOVI 5555) on the simulated iWlz network:
//   1. hosts its netwerkpunt and receives NIEUWE_INDICATIE_ZORGKANTOOR from the CIZ;
//   2. its typed handler reads the indicatie (QIR-0001-ZKi) from the CIZ's Indicatieregister;
//   3. it allocates care to a zorgaanbieder in its own Bemiddelingsregister and notifies that zorgaanbieder
//      (NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER) through the durable outbox (IOutbox), as we recommend
//      for production: the message is on disk before EnqueueAsync returns, and the background sender
//      delivers it, retrying what may succeed later (docs/sending.md).
// The inbox and the outbox share one SQLite file (in the temp folder here; on persistent storage, such as
// your application's data folder, in production). Against the real network, replace the simulator by your
// configuration (docs/configuration.md), your PKIoverheid server certificate and the PEP's roots.
// Exit code 0 when the zorgaanbieder got the notification.
using System.Net;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Notifications;
using IWlz.Client.Outbox;
using IWlz.Client.Sending;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using WlzIndicatieRecord = IWlz.Client.Testing.Data.Indicatieregister.WlzIndicatieRecord;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zorgkantoor;

// The simulator sends no notifications of its own here: the CIZ's and ours go through the SDK.
await using var network = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SendNotifications = false });
var me = network.Zorgkantoor("5555");
var zorgaanbieder = network.Zorgaanbieder("99000011");

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
var serverCertificate = network.CertificateAuthority.IssueServer();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
{
    https.ServerCertificate = serverCertificate;
    https.RequirePepClientCertificate([network.RootCertificate]);
})));
// <snippet:zorgkantoor-services>
// One file per process: a database belongs to one running host. In production: a fixed path on persistent storage.
var database = Path.Combine(Path.GetTempPath(), "iwlz-zorgkantoor-sample", $"iwlz-client-{Environment.ProcessId}.db");
builder.Services.AddIWlzClient(builder.Configuration.GetSection("IWlz")).UseSimulator(network, me);
builder.Services.AddIWlzNetwerkpunt(options => options.ClientCertificateRoots.Add(network.RootCertificate))
    .UseSqlite(storage => storage.DatabasePath = database)
    .AddNotificationHandler<NieuweIndicatieZorgkantoor, NieuweIndicatieHandler>();
builder.Services.AddIWlzOutbox()          // defaults: 10 attempts, backoff from 2 s up to 15 min
    .UseSqlite(storage => storage.DatabasePath = database);
// </snippet:zorgkantoor-services>
builder.Services.AddSingleton<GelezenIndicaties>();

await using var app = builder.Build();
app.MapIWlzNetwerkpunt("/iwlz/netwerkpunt");
await app.StartAsync();
me.NetwerkpuntUri = new Uri(app.Urls.First().TrimEnd('/') + "/iwlz/netwerkpunt");
Console.WriteLine($"Zorgkantoor {me.Code}: netwerkpunt listening at {me.NetwerkpuntUri}");

// The CIZ registers a new indicatie for which we are initially responsible, and notifies us.
var indicatie = network.Data.GetAll<WlzIndicatieRecord>().First(i => i.InitieelVerantwoordelijkZorgkantoor == me.Code) with { WlzindicatieID = Guid.NewGuid() };
await network.Data.SaveAsync(indicatie);
await Ciz.NotifyNieuweIndicatieAsync(network, indicatie.WlzindicatieID, me.Code);

var gelezen = await app.Services.GetRequiredService<GelezenIndicaties>().NextAsync(TimeSpan.FromSeconds(30));

// We allocate care to zorgaanbieder 99000011: a bemiddeling and a specificatie in our own Bemiddelingsregister
// (on the real network that is your register; here the simulator holds it, so the zorgaanbieder can query it).
var client = new ClientRecord { ClientID = Guid.NewGuid(), Bsn = gelezen.Bsn, Taal = "NL" };
var bemiddeling = new BemiddelingRecord
{
    BemiddelingID = Guid.NewGuid(),
    ClientID = client.ClientID,
    WlzIndicatieID = gelezen.WlzindicatieID,
    VerantwoordelijkZorgkantoor = me.Code,
    VerantwoordelijkheidIngangsdatum = gelezen.Ingangsdatum,
};
var specificatie = new BemiddelingspecificatieRecord
{
    BemiddelingspecificatieID = Guid.NewGuid(),
    BemiddelingID = bemiddeling.BemiddelingID,
    Instelling = zorgaanbieder.Code,
    UitvoerendZorgkantoor = me.Code,
    Leveringsvorm = "1",
    ZzpCode = gelezen.ZzpCode,
    SoortToewijzing = "01",
    ToewijzingIngangsdatum = gelezen.Ingangsdatum,
    VaststellingMoment = DateTimeOffset.Now,
};
await network.Data.SaveAsync(client);
await network.Data.SaveAsync(bemiddeling);
await network.Data.SaveAsync(specificatie);

// <snippet:zorgkantoor-notify>
var notificatie = OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(
    new NotificationParty(IDType.AGB, zorgaanbieder.Code), bemiddeling.BemiddelingID, specificatie.BemiddelingspecificatieID);
var outbox = app.Services.GetRequiredService<IOutbox>();
var handle = await outbox.EnqueueAsync(notificatie); // on disk now; the background sender delivers it

// Most applications stop here. This one waits for the receiver's acknowledgement, to report it.
OutboxEntry? delivered = null;
using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
{
    try
    {
        delivered = await handle.WaitForDeliveryAsync(patience.Token);
    }
    catch (OutboxDeliveryException refused)
    {
        // Dead-lettered: the receiver or the PDP refused it, or every attempt failed. IOutbox.ReplayAsync sends it again.
        Console.WriteLine($"Not delivered ({refused.Entry.LastFailureReason} after {refused.Entry.Attempts} attempt(s)): {refused.Entry.LastError}");
    }
    catch (OperationCanceledException) when (patience.IsCancellationRequested)
    {
        // Still pending (the outbox keeps retrying in the background); GetStateAsync says how far it got.
        Console.WriteLine($"Not delivered yet: {(await handle.GetStateAsync())?.Status}");
    }
}
// </snippet:zorgkantoor-notify>

await app.StopAsync();
await app.DisposeAsync(); // closes the database before the sample deletes it
DeleteSampleDatabase(database);
var arrived = zorgaanbieder.ReceivedNotificaties.Any(n => n.SubjectList.Any(s => s.RecordId.EndsWith(specificatie.BemiddelingspecificatieID.ToString(), StringComparison.OrdinalIgnoreCase)));
Console.WriteLine($"Notified zorgaanbieder {zorgaanbieder.Code} of specificatie {specificatie.BemiddelingspecificatieID}: " +
    (delivered is not null && arrived ? $"delivered after {delivered.Attempts} attempt(s) (receiver's ID {delivered.ReceiverId}, trace {delivered.LastTraceId})" : "FAILED"));
return delivered is not null && arrived ? 0 : 1;

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

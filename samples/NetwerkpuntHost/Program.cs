// The smallest netwerkpunt host: the endpoint where the PEP delivers zendNotificatie and zendMelding.
// The simulator stands in for VECOZO's PEP and for your certificates; on the real network use your
// PKIoverheid server certificate and the PEP's roots instead (docs/netwerkpunt.md).
//   dotnet run --project samples/NetwerkpuntHost               runs until Ctrl+C
//   dotnet run --project samples/NetwerkpuntHost -- --self-test  exits 0 after one notification is handled
// The inbox's SQLite file: give it a fixed path with `-- --Netwerkpunt:DatabasePath=/path/inbox.db` (or in
// appsettings.json). Without one, each run gets its own throw-away file in the temp folder, deleted at the end,
// so runs at the same time (CI and a developer, parallel tests) never share a database.
using System.Net;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Notifications;
using IWlz.Client.Testing;
using NetwerkpuntHost;

// --self-test is this sample's own switch; the host's configuration would take the argument after it as its value.
var selfTest = args.Contains("--self-test");
args = [.. args.Where(argument => argument != "--self-test")];

await using var network = await IWlzNetworkSimulator.StartAsync();
var serverCertificate = network.CertificateAuthority.IssueServer();

// <snippet:netwerkpunt-host>
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // its request logs; the handlers log at Information
var configuredDatabase = builder.Configuration["Netwerkpunt:DatabasePath"]; // in production: on persistent storage
var database = configuredDatabase ?? Path.Combine(Path.GetTempPath(), "iwlz-netwerkpunt-sample", $"inbox-{Guid.NewGuid():N}.db");
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
{
    https.ServerCertificate = serverCertificate;                 // your server certificate
    https.RequirePepClientCertificate([network.RootCertificate]); // the PEP's roots: nobody else gets in
})));
builder.Services.AddIWlzNetwerkpunt(options => options.ClientCertificateRoots.Add(network.RootCertificate))
    .UseSqlite(storage => storage.DatabasePath = database)
    .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweToewijzingLogger>()
    .AddUnhandledMessageHandler<OverigeBerichtenLogger>();

var app = builder.Build();
app.MapIWlzNetwerkpunt("/iwlz/netwerkpunt");
await app.StartAsync();
// </snippet:netwerkpunt-host>

Console.WriteLine(configuredDatabase is null ? $"Inbox database: {database} (this run's own; deleted at the end)" : $"Inbox database: {database}");

// Tell the simulated network where our netwerkpunt is, and let zorgkantoor 5555 notify us once.
var me = network.Zorgaanbieder("99000011");
me.NetwerkpuntUri = new Uri(app.Urls.First().TrimEnd('/') + "/iwlz/netwerkpunt");
var handled = await SelfTest.NotifyOnceAsync(network, me, app.Services, TimeSpan.FromSeconds(30));

var exitCode = 0;
if (selfTest)
{
    await app.StopAsync();
    exitCode = handled ? 0 : 1;
}
else
{
    await app.WaitForShutdownAsync();
}

await app.DisposeAsync(); // closes the database before a throw-away one is deleted
if (configuredDatabase is null)
{
    DeleteThrowAwayDatabase(database);
}

return exitCode;

// Only the file this run made up is deleted; a configured database is yours and stays.
static void DeleteThrowAwayDatabase(string path)
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

// The smallest netwerkpunt host: the endpoint where the PEP delivers zendNotificatie and zendMelding.
// The simulator stands in for VECOZO's PEP and for your certificates; on the real network use your
// PKIoverheid server certificate and the PEP's roots instead (docs/netwerkpunt.md).
//   dotnet run --project samples/NetwerkpuntHost               runs until Ctrl+C
//   dotnet run --project samples/NetwerkpuntHost -- --self-test  exits 0 after one notification is handled
using System.Net;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Notifications;
using IWlz.Client.Testing;
using NetwerkpuntHost;

await using var network = await IWlzNetworkSimulator.StartAsync();
var serverCertificate = network.CertificateAuthority.IssueServer();

// <snippet:netwerkpunt-host>
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
{
    https.ServerCertificate = serverCertificate;                 // your server certificate
    https.RequirePepClientCertificate([network.RootCertificate]); // the PEP's roots: nobody else gets in
})));
builder.Services.AddIWlzNetwerkpunt(options => options.ClientCertificateRoots.Add(network.RootCertificate))
    .UseSqlite(storage => storage.DatabasePath = Path.Combine(Path.GetTempPath(), "iwlz-netwerkpunt-sample.db"))
    .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweToewijzingLogger>()
    .AddUnhandledMessageHandler<OverigeBerichtenLogger>();

var app = builder.Build();
app.MapIWlzNetwerkpunt("/iwlz/netwerkpunt");
await app.StartAsync();
// </snippet:netwerkpunt-host>

// Tell the simulated network where our netwerkpunt is, and let zorgkantoor 5555 notify us once.
var me = network.Zorgaanbieder("99000011");
me.NetwerkpuntUri = new Uri(app.Urls.First().TrimEnd('/') + "/iwlz/netwerkpunt");
var handled = await SelfTest.NotifyOnceAsync(network, me, app.Services, TimeSpan.FromSeconds(30));

if (args.Contains("--self-test"))
{
    await app.StopAsync();
    return handled ? 0 : 1;
}

await app.WaitForShutdownAsync();
return 0;

// The README's main demo: a zorgaanbieder on a simulated iWlz network, end to end.
// Everything runs in this process on 127.0.0.1 with real TLS: a test certificate authority, nID, the PEP
// with the template policies, the zorgkantoren's registers (fictional data), and our own netwerkpunt.
// Exit code 0 when every step worked, 1 otherwise.
using System.Diagnostics;
using System.Net;
using Demo;
using IWlz.Client;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Certificates;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var clock = Stopwatch.StartNew();
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(50));
var ct = timeout.Token;
Show.Title("IWlz.Client demo: a zorgaanbieder on a simulated iWlz network (127.0.0.1, real TLS, fictional data)");

try
{
    Show.Progress("starting the simulated network (test CA, nID, PEP, registers)");
    await using var network = await IWlzNetworkSimulator.StartAsync(cancellationToken: ct);
    var me = network.Zorgaanbieder("99000011");   // a seeded zorgaanbieder: our AGB code
    var zorgkantoor = network.Zorgkantoor("5555"); // the zorgkantoor that allocates care to us

    // 1. Our system certificate, as VECOZO would issue it. The private key stays in memory.
    Show.Step(1, "Certificate issued");
    Show.Detail("subject", me.Certificate.Subject);
    Show.Detail("identity", $"zorgaanbieder, AGB {me.Code}");
    Show.Detail("issuer", me.Certificate.Issuer);
    Show.Detail("valid until", $"{me.Certificate.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm} UTC");
    Show.Detail("private key", "held in memory, never printed");

    // Our application: the SDK client and our netwerkpunt in one ASP.NET Core host.
    Show.Progress("starting our netwerkpunt on Kestrel (127.0.0.1, TLS, client certificate required)");
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    var serverCertificate = network.CertificateAuthority.IssueServer();
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
    {
        https.ServerCertificate = serverCertificate;
        https.RequirePepClientCertificate([network.RootCertificate]); // only the (simulated) PEP gets in
    })));
    builder.Services.AddIWlzClient(_ => { }).UseSimulator(network, me);
    builder.Services.AddIWlzNetwerkpunt(options => options.ClientCertificateRoots.Add(network.RootCertificate))
        .UseInMemory()
        .ConfigureDispatcher(options => options.PollInterval = TimeSpan.FromMilliseconds(50))
        .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweToewijzingHandler>();
    builder.Services.AddSingleton<ReceivedNotifications>();
    await using var app = builder.Build();
    app.MapIWlzNetwerkpunt("/iwlz/netwerkpunt");
    await app.StartAsync(ct);
    me.NetwerkpuntUri = new Uri(app.Urls.First().TrimEnd('/') + "/iwlz/netwerkpunt");

    // 2. An nID token for the zorgkantoor's Bemiddelingsregister, over mutual TLS with our certificate.
    Show.Step(2, "Token obtained from nID");
    var certificate = await app.Services.GetRequiredService<ICertificateProvider>().GetCertificateAsync(ct);
    var token = await app.Services.GetRequiredService<ITokenProvider>().GetTokenAsync(
        new NidTokenRequest(network.TokenEndpoint, zorgkantoor.RegisterUri, [IWlzScopes.BemiddelingsregisterRead], null, certificate), ct);
    Show.Detail("audience", zorgkantoor.RegisterUri);
    Show.Detail("scopes", string.Join(", ", token.GrantedScopes));
    Show.Detail("subject", token.Subject);
    Show.Detail("expires", $"{token.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
    Show.Detail("token", "cached by the SDK for the queries below, never printed");

    // 3. The zorgkantoor allocates care to us: its register sends NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER
    //    through the PEP to our netwerkpunt, where the typed handler (NieuweToewijzingHandler) takes it.
    Show.Progress("zorgkantoor 5555 records a new bemiddelingspecificatie for us");
    var bemiddeling = network.Data.GetAll<BemiddelingRecord>().First(b => b.VerantwoordelijkZorgkantoor == zorgkantoor.Code);
    var today = DateOnly.FromDateTime(DateTime.Today);
    await network.Data.SaveAsync(new BemiddelingspecificatieRecord
    {
        BemiddelingspecificatieID = Guid.NewGuid(),
        BemiddelingID = bemiddeling.BemiddelingID,
        Instelling = me.Code,
        UitvoerendZorgkantoor = zorgkantoor.Code,
        Leveringsvorm = "1",
        ZzpCode = "5VV",
        SoortToewijzing = "01",
        ToewijzingIngangsdatum = today,
        VaststellingMoment = DateTimeOffset.Now,
    }, ct);
    var received = await app.Services.GetRequiredService<ReceivedNotifications>().NextAsync(ct);

    // 4. The notification is a hint: read the current state with the template it names (QBR-0001-ZA),
    //    on the Bemiddelingsregister of the zorgkantoor that sent it.
    var template = TemplateCatalogue.Find(IWlzTemplates.QBR0001ZA)!;
    Show.Step(4, "Query sent");
    Show.Detail("template", template.TemplateId);
    Show.Detail("operation", $"query {template.OperationName} {{ {template.RootField} … }}");
    Show.Detail("register", $"Bemiddelingsregister of zorgkantoor {received.Afzender.Id} (address book)");
    var bemiddelingsregister = app.Services.GetRequiredService<IBemiddelingsregisterClient>();
    var specificaties = await bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(
        received.BemiddelingspecificatieID, new RegisterRequestOptions { Bronhouder = received.Afzender.Id }, ct);

    // 5. The typed result.
    Show.Step(5, "Typed result");
    var specificatie = specificaties.Single();
    Show.Detail("bemiddelingspecificatie", specificatie.BemiddelingspecificatieID);
    Show.Detail("zzp code", $"{specificatie.ZzpCode} (leveringsvorm {specificatie.Leveringsvorm}, soort toewijzing {specificatie.SoortToewijzing})");
    Show.Detail("toewijzing", $"from {specificatie.ToewijzingIngangsdatum:yyyy-MM-dd}, end {specificatie.ToewijzingEinddatum?.ToString("yyyy-MM-dd", null) ?? "none"}");
    Show.Detail("instelling", specificatie.Instelling);
    Show.Detail("zorgkantoor", specificatie.Bemiddeling.VerantwoordelijkZorgkantoor);
    Show.Detail("wlzIndicatieID", specificatie.Bemiddeling.WlzIndicatieID);
    Show.Detail("client BSN", Show.MaskBsn(specificatie.Bemiddeling.Client.Bsn));

    // 6. Queries outside what the templates allow are refused, with a typed error.
    Show.Step(6, "Out-of-template queries refused");
    await Refusals.OutOfTemplateFieldAsync(app.Services, zorgkantoor.RegisterUri, me.Code, received.BemiddelingspecificatieID, ct);
    await Refusals.OutsideDateWindowAsync(bemiddelingsregister, received, today, ct);

    await app.StopAsync(ct);
    Show.Title($"Demo finished in {clock.Elapsed.TotalSeconds:0.0} s: every step worked.");
    return 0;
}
catch (Exception exception)
{
    // A failing step ends the demo with exit code 1 and says which step and why (no secrets in SDK messages).
    Console.Error.WriteLine();
    Console.Error.WriteLine($"Demo FAILED after {clock.Elapsed.TotalSeconds:0.0} s: {exception.GetType().Name}: {exception.Message}");
    return 1;
}

// A netwerkpunt receiver for the crash test. Arguments:
//   --db <file>       the SQLite inbox
//   --started <file>  a line per handler start (message ID)
//   --handled <file>  a line per completed handler run (message ID)
//   --block <file>    while this file exists, handlers wait (so the test can kill the process mid-handling)
//   --url <file>      where the bound address is written once the host listens
//   --server-pfx <file>   the TLS server certificate with its key (PKCS#12); its password is in the
//                         IWLZ_TEST_PFX_PASSWORD environment variable, so it is not on the command line
//   --client-root <file>  the root (DER) that the PEP's client certificate must chain to; mutual TLS is required
using System.Net;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var arguments = ParseArguments(args);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
var serverCertificate = X509CertificateLoader.LoadPkcs12FromFile(arguments["--server-pfx"], Environment.GetEnvironmentVariable("IWLZ_TEST_PFX_PASSWORD"));
var clientRoot = X509CertificateLoader.LoadCertificateFromFile(arguments["--client-root"]);

// Real TLS with mutual authentication, as behind the PEP: the handshake already refuses a client certificate
// that does not chain to the root, and the endpoint checks it again (RequireClientCertificate is on by default).
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
{
    https.ServerCertificate = serverCertificate;
    https.RequirePepClientCertificate([clientRoot]);
})));
builder.Services.AddSingleton(new HandlerFiles(arguments["--started"], arguments["--handled"], arguments["--block"]));
builder.Services
    .AddIWlzNetwerkpunt(o => o.ClientCertificateRoots.Add(clientRoot))
    .UseSqlite(o => o.DatabasePath = arguments["--db"])
    .ConfigureDispatcher(o =>
    {
        o.PollInterval = TimeSpan.FromMilliseconds(20);
        o.MaxConcurrency = 4;
    })
    .AddNotificatieHandler<BlockingHandler>();
var app = builder.Build();
app.MapIWlzNetwerkpunt("/netwerkpunt");
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
await File.WriteAllTextAsync(arguments["--url"] + ".tmp", address + "/netwerkpunt");
File.Move(arguments["--url"] + ".tmp", arguments["--url"], overwrite: true);
await app.WaitForShutdownAsync();

static Dictionary<string, string> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i]] = args[i + 1];
    }

    foreach (var required in new[] { "--db", "--started", "--handled", "--block", "--url", "--server-pfx", "--client-root" })
    {
        if (!result.ContainsKey(required))
        {
            throw new ArgumentException($"Missing argument {required}.");
        }
    }

    return result;
}

internal sealed record HandlerFiles(string Started, string Handled, string Block)
{
    public static readonly Lock WriteLock = new();

    public static void AppendLine(string path, string line)
    {
        lock (WriteLock)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 4096, FileOptions.WriteThrough);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(line);
        }
    }
}

internal sealed class BlockingHandler(HandlerFiles files) : INotificatieMessageHandler
{
    public async Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken)
    {
        HandlerFiles.AppendLine(files.Started, notificatie.Id.ToString("D"));
        while (File.Exists(files.Block))
        {
            await Task.Delay(20, cancellationToken);
        }

        HandlerFiles.AppendLine(files.Handled, notificatie.Id.ToString("D"));
    }
}

// A netwerkpunt receiver for the crash test. Arguments:
//   --db <file>       the SQLite inbox
//   --started <file>  a line per handler start (message ID)
//   --handled <file>  a line per completed handler run (message ID)
//   --block <file>    while this file exists, handlers wait (so the test can kill the process mid-handling)
//   --url <file>      where the bound address is written once the host listens
using System.Net;
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
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
builder.Services.AddSingleton(new HandlerFiles(arguments["--started"], arguments["--handled"], arguments["--block"]));
builder.Services
    .AddIWlzNetwerkpunt(o => o.RequireClientCertificate = false)
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

    foreach (var required in new[] { "--db", "--started", "--handled", "--block", "--url" })
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

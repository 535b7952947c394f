using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Testing.Tests;

/// <summary>A small netwerkpunt on Kestrel with mutual TLS that records what the PEP forwards to it.</summary>
internal sealed class NetwerkpuntReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private NetwerkpuntReceiver(WebApplication app, Uri uri)
    {
        this.app = app;
        Uri = uri;
    }

    public Uri Uri { get; }

    public ConcurrentQueue<(JsonObject Body, string? Claims, X509Certificate2? Client)> Received { get; } = new();

    public TimeSpan Delay { get; set; }

    public static async Task<NetwerkpuntReceiver> StartAsync(IWlzNetworkSimulator simulator)
    {
        var serverCertificate = simulator.CertificateAuthority.IssueServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(h =>
        {
            h.ServerCertificate = serverCertificate;
            h.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            h.AllowAnyClientCertificate();
        })));
        var app = builder.Build();
        NetwerkpuntReceiver? receiver = null;
        app.MapPost("/netwerkpunt", async (HttpContext http) =>
        {
            if (receiver!.Delay > TimeSpan.Zero)
            {
                // Ends early when the caller gives up, so a slow receiver does not hold up the host's shutdown.
                try
                {
                    await Task.Delay(receiver.Delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.Empty;
                }
            }

            var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
            receiver.Received.Enqueue((body, http.Request.Headers["claims"].FirstOrDefault(), http.Connection.ClientCertificate));
            var field = body["query"]!.GetValue<string>().Contains("zendMelding", StringComparison.Ordinal) ? ("zendMelding", "meldingID") : ("zendNotificatie", "notificatieID");
            return Results.Json(new JsonObject { ["data"] = new JsonObject { [field.Item1] = new JsonObject { [field.Item2] = Guid.NewGuid().ToString() } } });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new NetwerkpuntReceiver(app, new Uri(address + "/netwerkpunt"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>
/// nID and the PEP on Kestrel with real TLS that requires a client certificate chaining to the test CA:
/// the chain check WireMock cannot do. It records the client certificate of every request.
/// </summary>
internal sealed class KestrelNetwork : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelNetwork(WebApplication app, Uri baseUri)
    {
        _app = app;
        TokenEndpoint = new Uri(baseUri, "/token");
        PepEndpoint = new Uri(baseUri, "/pep");
    }

    internal Uri TokenEndpoint { get; }

    internal Uri PepEndpoint { get; }

    /// <summary>(path, client certificate thumbprint) of each request, in arrival order.</summary>
    internal ConcurrentQueue<(string Path, string Thumbprint)> Seen { get; } = new();

    internal static async Task<KestrelNetwork> StartAsync(TestCertificateAuthority trustedCa)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = TestPki.Server;
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.ClientCertificateValidation = (certificate, _, _) => trustedCa.IsIssuedBy(certificate);
        })));
        var app = builder.Build();
        KestrelNetwork? network = null;
        app.MapPost("/token", (HttpContext context) =>
        {
            network!.Seen.Enqueue(("/token", context.Connection.ClientCertificate!.Thumbprint));
            return Results.Text(NidJwt.Envelope(NidJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10)), 600), "application/json");
        });
        app.MapPost("/pep", (HttpContext context) =>
        {
            network!.Seen.Enqueue(("/pep", context.Connection.ClientCertificate!.Thumbprint));
            return Results.Text("""{"data":{"bemiddelingspecificatie":[]}}""", "application/graphql-response+json");
        });
        await app.StartAsync();
        network = new KestrelNetwork(app, new Uri(app.Urls.First()));
        return network;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

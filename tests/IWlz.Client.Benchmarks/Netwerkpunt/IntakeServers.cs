using System.Net;
using IWlz.Client.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Benchmarks.Netwerkpunt;

/// <summary>
/// Two Kestrel servers on 127.0.0.1 (plain HTTP, so TLS cost does not hide the difference): the netwerkpunt
/// with the SQLite inbox (synchronous FULL), and a bare endpoint that reads the body and answers a new UUID
/// without validating or storing anything.
/// </summary>
internal static class IntakeServers
{
    /// <summary>The netwerkpunt with the in-memory inbox: the endpoint's own cost (HTTP, validation, dispatch) without the disk.</summary>
    public static async Task<(WebApplication App, Uri Url)> StartInMemoryNetwerkpuntAsync()
    {
        var builder = CreateBuilder();
        builder.Services.AddIWlzNetwerkpunt(o => o.RequireClientCertificate = false)
            .UseInMemory()
            .AddNotificatieHandler<NoOpHandler>();
        var app = builder.Build();
        app.MapIWlzNetwerkpunt("/netwerkpunt");
        await app.StartAsync();
        return (app, new Uri(app.Urls.First() + "/netwerkpunt"));
    }

    public static async Task<(WebApplication App, Uri Url)> StartNetwerkpuntAsync(string databasePath)
    {
        var builder = CreateBuilder();
        builder.Services.AddIWlzNetwerkpunt(o => o.RequireClientCertificate = false)
            .UseSqlite(o =>
            {
                o.DatabasePath = databasePath;

                // IWLZ_BENCH_SYNCHRONOUS=Normal measures the cost of flushing every commit to disk.
                if (Enum.TryParse<IWlz.Client.Storage.SqliteSynchronousMode>(Environment.GetEnvironmentVariable("IWLZ_BENCH_SYNCHRONOUS"), out var mode))
                {
                    o.Synchronous = mode;
                }

                // IWLZ_BENCH_JOURNAL=Off measures the storage path without the intake journal (one SQLite insert per acknowledgement).
                if (string.Equals(Environment.GetEnvironmentVariable("IWLZ_BENCH_JOURNAL"), "Off", StringComparison.OrdinalIgnoreCase))
                {
                    o.UseIntakeJournal = false;
                }
            })
            .AddNotificatieHandler<NoOpHandler>();
        var app = builder.Build();
        app.MapIWlzNetwerkpunt("/netwerkpunt");
        await app.StartAsync();
        return (app, new Uri(app.Urls.First() + "/netwerkpunt"));
    }

    public static async Task<(WebApplication App, Uri Url)> StartBareAsync()
    {
        var app = CreateBuilder().Build();
        app.MapPost("/bare", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            _ = await reader.ReadToEndAsync(context.RequestAborted);
            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.WriteAsync($"{{\"data\":{{\"zendNotificatie\":{{\"notificatieID\":\"{Guid.NewGuid()}\"}}}}}}", context.RequestAborted);
        });
        await app.StartAsync();
        return (app, new Uri(app.Urls.First() + "/bare"));
    }

    private static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        return builder;
    }

    private sealed class NoOpHandler : INotificatieMessageHandler
    {
        public Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

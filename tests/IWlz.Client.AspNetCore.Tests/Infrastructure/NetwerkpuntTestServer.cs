using System.Net;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.AspNetCore.Tests.Infrastructure;

/// <summary>A real Kestrel netwerkpunt on 127.0.0.1 with TLS, a client certificate and a SQLite file in a temp folder.</summary>
internal sealed class NetwerkpuntTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestCertificateAuthority _ca;

    private NetwerkpuntTestServer(WebApplication app, TestCertificateAuthority ca, string folder, LogCollector logs, Recorder recorder)
    {
        _app = app;
        _ca = ca;
        Folder = folder;
        Logs = logs;
        Recorder = recorder;
        var address = app.Urls.First();
        Endpoint = new Uri(address.TrimEnd('/') + "/netwerkpunt");
    }

    public Uri Endpoint { get; }

    public string Folder { get; }

    public LogCollector Logs { get; }

    public Recorder Recorder { get; }

    public IServiceProvider Services => _app.Services;

    public INotificationInbox Inbox => _app.Services.GetRequiredService<INotificationInbox>();

    public static async Task<NetwerkpuntTestServer> StartAsync(
        TestCertificateAuthority ca,
        Action<NotificationInboxBuilder>? inbox = null,
        Action<NetwerkpuntOptions>? options = null,
        bool certificateRequiredByTls = false,
        bool registerRecorder = true)
    {
        var folder = Directory.CreateTempSubdirectory("iwlz-netwerkpunt-").FullName;
        var logs = new LogCollector();
        var recorder = new Recorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        var serverCertificate = ReferenceEquals(ca, SharedCertificates.Ca) ? SharedCertificates.Server : ca.IssueServer();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = serverCertificate;
            if (certificateRequiredByTls)
            {
                https.RequirePepClientCertificate([ca.RootCertificate]);
            }
            else
            {
                // Let the handshake through so the endpoint itself must refuse a missing or foreign certificate.
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.ClientCertificateValidation = (_, _, _) => true;
            }
        })));
        builder.Services.AddSingleton(recorder);
        var inboxBuilder = builder.Services.AddIWlzNetwerkpunt(o =>
            {
                o.ClientCertificateRoots.Add(ca.RootCertificate);
                options?.Invoke(o);
            })
            .UseSqlite(o => o.DatabasePath = Path.Combine(folder, "inbox.db"))
            .ConfigureDispatcher(o =>
            {
                o.PollInterval = TimeSpan.FromMilliseconds(20);
                o.InitialRetryDelay = TimeSpan.FromMilliseconds(20);
                o.MaxRetryDelay = TimeSpan.FromMilliseconds(100);
            });
        if (registerRecorder)
        {
            builder.Services.AddSingleton<INotificatieMessageHandler>(recorder);
            builder.Services.AddSingleton<IMeldingHandler>(recorder);
        }

        inbox?.Invoke(inboxBuilder);
        var app = builder.Build();
        app.MapIWlzNetwerkpunt("/netwerkpunt");
        await app.StartAsync();
        return new NetwerkpuntTestServer(app, ca, folder, logs, recorder);
    }

    /// <summary>An HTTP client over TLS that trusts the test CA and presents <paramref name="clientCertificate"/>.</summary>
    public HttpClient CreateClient(X509Certificate2? clientCertificate)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => _ca.IsIssuedBy(certificate as X509Certificate2);
        if (clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [clientCertificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        }

        return new HttpClient(handler) { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is left for the OS temp cleanup.
        }
    }
}

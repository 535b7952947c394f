using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using IWlz.Client.AspNetCore.Tests.Infrastructure;
using IWlz.Client.TestInfrastructure;

namespace IWlz.Client.AspNetCore.Tests;

/// <summary>
/// Acknowledged means stored: a receiver process is killed hard after acknowledging and while its handlers
/// are still running; after a restart every acknowledged notification is handled exactly once. The receiver
/// listens with real TLS and requires the PEP's client certificate, all made at test time.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Notifications = 40;
    private readonly ChildProcessHarness _harness = new(typeof(CrashRecoveryTests).Assembly, "NetwerkpuntTestHost", "iwlz-crash-");

    private string Db => _harness.PathOf("inbox.db");

    private string Started => _harness.PathOf("started.txt");

    private string Handled => _harness.PathOf("handled.txt");

    private string Block => _harness.PathOf("block.marker");

    private string UrlFile => _harness.PathOf("url.txt");

    private string ServerPfx => _harness.PathOf("server.pfx");

    private string ClientRoot => _harness.PathOf("client-root.cer");

    private string PfxPassword { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    [Fact]
    public async Task Every_acknowledged_notification_is_handled_exactly_once_after_a_hard_kill()
    {
        File.WriteAllText(Block, "handlers wait while this file exists");
        File.WriteAllBytes(ServerPfx, TestCertificateAuthority.ExportPfx(SharedCertificates.Server, PfxPassword));
        File.WriteAllBytes(ClientRoot, SharedCertificates.Ca.RootCertificate.Export(X509ContentType.Cert));
        using var client = CreateClient(SharedCertificates.Pep);
        var bodies = Enumerable.Range(0, Notifications).Select(_ => Requests.Notificatie()).ToArray();

        var acknowledged = new Dictionary<string, string>();
        using (var first = StartHost())
        {
            var url = await WaitForUrlAsync(first);
            var answers = await Task.WhenAll(bodies.Select(body => SendAsync(client, url, body)));
            for (var i = 0; i < bodies.Length; i++)
            {
                acknowledged[bodies[i]] = answers[i];
            }

            // Wait until handlers are running (and blocked), then kill the process without any shutdown.
            await Eventually(() => ReadLines(Started).Count >= 1);
            await ChildProcessHarness.KillAsync(first);
        }

        Assert.Equal(Notifications, acknowledged.Values.Distinct().Count());
        Assert.Empty(ReadLines(Handled));

        File.Delete(Block);
        File.Delete(UrlFile);
        using var second = StartHost();
        try
        {
            var url = await WaitForUrlAsync(second);

            // Mutual TLS is really required: without the PEP's certificate nothing gets through.
            using (var anonymous = CreateClient(clientCertificate: null))
            {
                await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.PostAsync(url, Requests.Json(bodies[0])));
            }

            // A sender that never saw the acknowledgement sends again: the same ID comes back.
            foreach (var body in bodies.Take(5))
            {
                Assert.Equal(acknowledged[body], await SendAsync(client, url, body));
            }

            await Eventually(() => ReadLines(Handled).Distinct().Count() >= Notifications, seconds: 60);
            await Task.Delay(500);
            var handled = ReadLines(Handled);
            Assert.Equal(acknowledged.Values.OrderBy(x => x), handled.Distinct().OrderBy(x => x));
            Assert.Equal(Notifications, handled.Count);
        }
        finally
        {
            await ChildProcessHarness.KillAsync(second);
        }
    }

    public void Dispose() => _harness.Dispose();

    private Process StartHost() => _harness.Start(
        [("--db", Db), ("--started", Started), ("--handled", Handled), ("--block", Block), ("--url", UrlFile), ("--server-pfx", ServerPfx), ("--client-root", ClientRoot)],
        [new("IWLZ_TEST_PFX_PASSWORD", PfxPassword)]);

    /// <summary>A client that trusts only the test CA for the server and presents <paramref name="clientCertificate"/>.</summary>
    private static HttpClient CreateClient(X509Certificate2? clientCertificate)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => SharedCertificates.Ca.IsIssuedBy(certificate as X509Certificate2);
        if (clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [clientCertificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        }

        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    private async Task<Uri> WaitForUrlAsync(Process host)
    {
        await Eventually(() => File.Exists(UrlFile) || host.HasExited, seconds: 60);
        Assert.False(host.HasExited, "The test host exited before it listened.");
        var url = new Uri(File.ReadAllText(UrlFile).Trim());
        Assert.Equal(Uri.UriSchemeHttps, url.Scheme);
        return url;
    }

    private static async Task<string> SendAsync(HttpClient client, Uri url, string body)
    {
        using var response = await client.PostAsync(url, Requests.Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!;
    }

    private static List<string> ReadLines(string path) => ChildProcessHarness.ReadLines(path);

    private static Task Eventually(Func<bool> condition, int seconds = 30) => Recorder.Eventually(condition, seconds);
}

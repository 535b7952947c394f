using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using IWlz.Client.TestInfrastructure;
using IWlz.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IWlz.Client.Tests.Outbox;

/// <summary>
/// Enqueued means stored: a sender process enqueues notifications into a SQLite outbox and is killed hard
/// while it is still enqueueing and sending. A new process on the same file delivers every notification
/// that was enqueued; only the few that were in flight at the kill may arrive twice (at-least-once).
/// </summary>
public sealed class OutboxKillTests : IDisposable
{
    private const int Notifications = 80;
    private const int MaxConcurrency = 2; // as the test host configures it
    private readonly ChildProcessHarness _harness = new(typeof(OutboxKillTests).Assembly, "OutboxTestHost", "iwlz-outbox-kill-");

    [Fact]
    public async Task Every_enqueued_notification_is_delivered_after_a_hard_kill_and_a_restart()
    {
        using var network = FakeNetwork.Start().WithToken();
        network.Server.Given(Request.Create().WithPath("/pep").UsingPost())
            .RespondWith(Response.Create().WithDelay(TimeSpan.FromMilliseconds(150)).WithStatusCode(200)
                .WithHeader("Content-Type", "application/graphql-response+json").WithBody(_ => OutboxHarness.Acknowledgement(Guid.NewGuid())));
        var addressBook = _harness.PathOf("adresboek.json");
        File.WriteAllText(addressBook, OutboxHarness.AddressBook(network.PepEndpoint, network.TokenEndpoint));
        var certificate = _harness.PathOf("client.pfx");
        File.WriteAllBytes(certificate, TestPki.Ca.IssueZorgkantoor(OutboxHarness.OwnUzovi).Export(X509ContentType.Pfx, "test"));
        var root = _harness.PathOf("root.cer");
        File.WriteAllBytes(root, TestPki.Ca.RootCertificate.Export(X509ContentType.Cert));
        var enqueued = _harness.PathOf("enqueued.txt");

        using (var first = StartHost(network, addressBook, certificate, root, enqueued, Notifications))
        {
            // Kill it while it is still enqueueing, with sends in flight and most messages still pending.
            await Eventually(() => ReadLines(enqueued).Count >= 10 && network.PepRequests.Count >= 1 || first.HasExited, seconds: 60);
            Assert.False(first.HasExited, "The sender exited before it was killed.");
            await ChildProcessHarness.KillAsync(first);
        }

        var stored = ReadLines(enqueued);
        Assert.InRange(stored.Count, 10, Notifications); // usually killed mid-way; on a slow machine maybe just after the last one
        var deliveredBeforeKill = RecordIds(network).Distinct().Count();
        Assert.True(deliveredBeforeKill < stored.Count, "Some enqueued notifications were still pending at the kill.");

        network.Server.ResetMappings();
        network.WithToken();
        OutboxHarness.Acknowledging(network);
        using var second = StartHost(network, addressBook, certificate, root, enqueued, count: 0);
        try
        {
            await Eventually(() => stored.All(RecordIds(network).Contains), seconds: 60);
            await Task.Delay(300);
            var received = RecordIds(network);
            Assert.Empty(stored.Except(received));
            var duplicates = received.Count - received.Distinct().Count();
            Assert.InRange(duplicates, 0, MaxConcurrency);
        }
        finally
        {
            await ChildProcessHarness.KillAsync(second);
        }
    }

    public void Dispose() => _harness.Dispose();

    /// <summary>The recordID of every notification the recipient received, in arrival order, repeats included.</summary>
    private static List<string> RecordIds(FakeNetwork network) =>
        [.. network.PepRequests.Select(e =>
        {
            using var body = JsonDocument.Parse(e.RequestMessage!.Body!);
            return body.RootElement.GetProperty("variables").GetProperty("subjectList")[0].GetProperty("recordID").GetString()!;
        })];

    private Process StartHost(FakeNetwork network, string addressBook, string certificate, string root, string enqueued, int count) => _harness.Start(
    [
        ("--db", _harness.PathOf("outbox.db")),
        ("--pep", network.PepEndpoint.AbsoluteUri),
        ("--token", network.TokenEndpoint.AbsoluteUri),
        ("--addressbook", addressBook),
        ("--cert", certificate),
        ("--root", root),
        ("--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("--enqueued", enqueued),
    ]);

    private static List<string> ReadLines(string path) => ChildProcessHarness.ReadLines(path);

    private static async Task Eventually(Func<bool> condition, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true in time.");
            await Task.Delay(20);
        }
    }
}

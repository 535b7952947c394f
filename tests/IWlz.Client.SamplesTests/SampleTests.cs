using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace IWlz.Client.SamplesTests;

/// <summary>Every sample runs as CI runs it and as a vendor runs it: exit code 0 and the lines that prove each step.</summary>
[Collection(ConsoleSamples.Name)]
public sealed class SampleTests(ITestOutputHelper log)
{
    [Fact]
    public async Task The_README_demo_shows_all_six_steps_and_exits_0()
    {
        var (exitCode, output) = await RunAsync("Demo");

        Assert.Equal(0, exitCode);
        Assert.Contains("[1/6] Certificate issued", output, StringComparison.Ordinal);
        Assert.Contains("SERIALNUMBER=20001099000011", output, StringComparison.Ordinal);
        Assert.Contains("[2/6] Token obtained from nID", output, StringComparison.Ordinal);
        Assert.Contains("bemiddeling:read", output, StringComparison.Ordinal);
        Assert.Contains("[3/6] Notification received at our netwerkpunt", output, StringComparison.Ordinal);
        Assert.Contains("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", output, StringComparison.Ordinal);
        Assert.Contains("NieuweToewijzingHandler (typed handler)", output, StringComparison.Ordinal);
        Assert.Contains("[4/6] Query sent", output, StringComparison.Ordinal);
        Assert.Contains("QBR-0001-ZA", output, StringComparison.Ordinal);
        Assert.Contains("[5/6] Typed result", output, StringComparison.Ordinal);
        Assert.Matches(@"client BSN\s+\*{6}\d{3}", output);
        Assert.Contains("[6/6] Out-of-template queries refused", output, StringComparison.Ordinal);
        Assert.Contains("TemplateViolationException: NotATemplateSubset", output, StringComparison.Ordinal);
        Assert.Contains("IWlzException: AccessDenied (Pep)", output, StringComparison.Ordinal);
        Assert.Contains("QBR-0002-ZA: contact data is only available until toewijzingEinddatum + 2 years", output, StringComparison.Ordinal);
        Assert.Matches(@"trace id\s+[0-9a-f]{32}", output);
        Assert.Contains("every step worked", output, StringComparison.Ordinal);
        AssertNoSecrets(output);
    }

    [Fact]
    public async Task The_zorgaanbieder_sample_follows_up_a_new_toewijzing_with_QBR_0001_and_the_overview()
    {
        var (exitCode, output) = await RunAsync("Zorgaanbieder");

        Assert.Equal(0, exitCode);
        Assert.Contains("Received NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER from zorgkantoor 5555", output, StringComparison.Ordinal);
        Assert.Contains("QBR-0001-ZA: specificatie", output, StringComparison.Ordinal);
        Assert.Contains("zzp 6VV", output, StringComparison.Ordinal);
        Assert.Matches(@"QBR-0002-ZA: [1-9]\d* specificatie\(s\)", output); // at least the new one itself
        AssertOnlyWarningsLogged(output);
        AssertNoSecrets(output);
    }

    [Fact]
    public async Task The_zorgkantoor_sample_reads_the_new_indicatie_and_notifies_the_zorgaanbieder()
    {
        var (exitCode, output) = await RunAsync("Zorgkantoor");

        Assert.Equal(0, exitCode);
        Assert.Contains("Received NIEUWE_INDICATIE_ZORGKANTOOR from the CIZ (KVK 62253778)", output, StringComparison.Ordinal);
        Assert.Contains("QIR-0001-ZKi: indicatie", output, StringComparison.Ordinal);
        // Through the outbox: the delivered entry reports its attempts and the receiver's acknowledgement ID.
        Assert.Matches(@"Notified zorgaanbieder 99000011 of specificatie [0-9a-f-]{36}: delivered after [1-9]\d* attempt\(s\) \(receiver's ID [0-9a-f-]{36}, trace [0-9a-f]{32}\)", output);
        AssertOnlyWarningsLogged(output);
        AssertNoSecrets(output);
    }

    [Fact]
    public async Task The_netwerkpunt_host_self_test_handles_one_notification()
    {
        var (exitCode, output) = await RunAsync("NetwerkpuntHost", "--self-test");

        Assert.Equal(0, exitCode);
        Assert.Contains("PEP delivered NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER to AGB:99000011: HTTP 200", output, StringComparison.Ordinal);
        Assert.Contains("Self-test passed", output, StringComparison.Ordinal);
        var database = Regex.Match(output, @"Inbox database: (?<path>.+) \(this run's own; deleted at the end\)").Groups["path"].Value;
        Assert.StartsWith(Path.GetTempPath(), database, StringComparison.Ordinal);
        Assert.False(File.Exists(database), $"the throw-away inbox database {database} was left behind");
    }

    [Fact]
    public async Task The_netwerkpunt_host_gets_a_new_database_every_run_unless_one_is_configured()
    {
        var (_, first) = await RunAsync("NetwerkpuntHost", "--self-test");
        var (_, second) = await RunAsync("NetwerkpuntHost", "--self-test");
        Assert.NotEqual(ThrowAwayDatabase(first), ThrowAwayDatabase(second));

        var configured = Path.Combine(Path.GetTempPath(), $"samples-tests-inbox-{Guid.NewGuid():N}.db");
        try
        {
            var (exitCode, output) = await RunAsync("NetwerkpuntHost", "--self-test", $"--Netwerkpunt:DatabasePath={configured}");

            Assert.Equal(0, exitCode);
            Assert.Contains($"Inbox database: {configured}{Environment.NewLine}", output, StringComparison.Ordinal);
            Assert.True(File.Exists(configured), "a configured database belongs to the user and must be kept");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { configured, configured + "-wal", configured + "-shm" })
            {
                File.Delete(file);
            }
        }

        static string ThrowAwayDatabase(string output) =>
            Regex.Match(output, @"Inbox database: (?<path>.+) \(this run's own").Groups["path"].Value is { Length: > 0 } path
                ? path
                : throw new Xunit.Sdk.XunitException("the sample did not name its throw-away database");
    }

    private async Task<(int, string)> RunAsync(string sample, params string[] args)
    {
        var (exitCode, output) = await SampleRunner.RunAsync(sample, args);
        log.WriteLine(output);
        return (exitCode, output);
    }

    /// <summary>
    /// The sample sets the minimum log level to Warning, so its output is what it prints. Guards against
    /// configuration the sample does not own (such as another project's appsettings.json in the output folder)
    /// switching its logs back on.
    /// </summary>
    private static void AssertOnlyWarningsLogged(string output)
    {
        Assert.DoesNotMatch(@"(?m)^\s*(trce|dbug|info): ", output);
    }

    /// <summary>No JWT and no PEM private key may ever be printed.</summary>
    private static void AssertNoSecrets(string output)
    {
        Assert.DoesNotMatch(@"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.", output);
        Assert.DoesNotContain("PRIVATE KEY", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<![0-9A-Za-z-])\d{9}(?![0-9A-Za-z-])", output); // no unmasked BSN (no nine-digit number on its own)
    }
}

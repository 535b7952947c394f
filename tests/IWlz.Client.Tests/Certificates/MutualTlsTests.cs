using Microsoft.Extensions.DependencyInjection;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Certificates;

public sealed class MutualTlsTests : IAsyncLifetime
{
    private KestrelNetwork _network = null!;

    public async Task InitializeAsync() => _network = await KestrelNetwork.StartAsync(TestPki.Ca);

    public async Task DisposeAsync() => await _network.DisposeAsync();

    [Fact]
    public async Task Same_certificate_is_presented_to_nID_and_to_the_PEP()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);

        var response = await Query(sdk);

        Assert.True(response.IsSuccess);
        Assert.Equal(["/token", "/pep"], _network.Seen.Select(s => s.Path));
        Assert.All(_network.Seen, s => Assert.Equal(TestPki.Zorgaanbieder.Thumbprint, s.Thumbprint));
    }

    [Fact]
    public async Task Certificate_from_another_CA_is_refused_by_the_server()
    {
        using var otherCa = new TestCertificateAuthority("Some other CA");
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, clientCertificate: otherCa.IssueZorgaanbieder("12345678"));

        var error = await Assert.ThrowsAsync<IWlzException>(() => Query(sdk));

        Assert.Equal(IWlzErrorKind.Transport, error.Kind);
        Assert.Equal(IWlzErrorSource.TokenEndpoint, error.ErrorSource);
        Assert.Empty(_network.Seen);
    }

    [Fact]
    public async Task Untrusted_server_certificate_is_refused_unless_explicitly_accepted_for_testing()
    {
        using var strict = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, trustTestCa: false);
        var error = await Assert.ThrowsAsync<IWlzException>(() => Query(strict));
        Assert.Equal(IWlzErrorKind.Transport, error.Kind);
        Assert.Contains("TLS handshake", error.Message, StringComparison.Ordinal);

        using var lax = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, trustTestCa: false, build: b => b.DangerousAcceptAnyServerCertificateForTesting());
        Assert.True((await Query(lax)).IsSuccess);
    }

    [Fact]
    public async Task Trusted_roots_can_come_from_a_configured_file()
    {
        var dir = Directory.CreateTempSubdirectory("iwlz-trust");
        try
        {
            var path = Path.Combine(dir.FullName, "root.pem");
            await File.WriteAllTextAsync(path, TestCertificateAuthority.ExportCertificatePem(TestPki.Ca.RootCertificate));
            using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, trustTestCa: false, configure: o => o.ServerTrust.AdditionalRootCertificatePaths.Add(path));

            Assert.True((await Query(sdk)).IsSuccess);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Rotated_certificate_file_is_used_without_a_restart()
    {
        var dir = Directory.CreateTempSubdirectory("iwlz-rotate");
        try
        {
            var path = Path.Combine(dir.FullName, "client.pfx");
            var first = TestPki.Ca.IssueZorgaanbieder("12345678");
            var second = TestPki.Ca.IssueZorgaanbieder("12345678");
            await File.WriteAllBytesAsync(path, TestCertificateAuthority.ExportPfx(first, "secret"));
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, time: time, useCertificateInstance: false, configure: o =>
            {
                o.Certificate.Environment = IWlzEnvironment.Test;
                o.Certificate.PfxPath = path;
                o.Certificate.PfxPassword = "secret";
                o.Certificate.ReloadInterval = TimeSpan.FromSeconds(30);
            });

            await Query(sdk);
            await File.WriteAllBytesAsync(path, TestCertificateAuthority.ExportPfx(second, "secret"));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            time.Advance(TimeSpan.FromSeconds(31));
            await Query(sdk);

            var seen = _network.Seen.ToArray();
            Assert.Equal(4, seen.Length);
            Assert.All(seen.Take(2), s => Assert.Equal(first.Thumbprint, s.Thumbprint));
            Assert.All(seen.Skip(2), s => Assert.Equal(second.Thumbprint, s.Thumbprint)); // new token and new connection for the new certificate
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static Task<GraphQL.GraphQLResponse<SpecificatieData>> Query(SdkHarness sdk) =>
        sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
}

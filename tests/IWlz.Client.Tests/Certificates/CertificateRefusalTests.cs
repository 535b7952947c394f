using IWlz.Client.Certificates;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Tests.Certificates;

public sealed class CertificateRefusalTests : IDisposable
{
    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Theory]
    [InlineData(TestCertificateLifetime.Expired, "expired")]
    [InlineData(TestCertificateLifetime.NotYetValid, "not valid yet")]
    public void Certificate_outside_its_validity_fails_the_start(TestCertificateLifetime lifetime, string expected)
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, clientCertificate: TestPki.Ca.IssueZorgaanbieder("12345678", lifetime));

        var error = Assert.Throws<OptionsValidationException>(sdk.ValidateOnStart);

        Assert.Contains("IWlz:Certificate", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_without_private_key_fails_the_start()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, clientCertificate: TestCertificateAuthority.WithoutPrivateKey(TestPki.Zorgaanbieder));

        var error = Assert.Throws<OptionsValidationException>(sdk.ValidateOnStart);

        Assert.Contains("no private key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IWlzEnvironment.Test, IWlzEnvironment.Production)]
    [InlineData(IWlzEnvironment.Production, IWlzEnvironment.Test)]
    public void Certificate_for_one_environment_fails_the_start_in_the_other(IWlzEnvironment certificateEnvironment, IWlzEnvironment clientEnvironment)
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, certificateEnvironment: certificateEnvironment, configure: o => o.Environment = clientEnvironment);

        var error = Assert.Throws<OptionsValidationException>(sdk.ValidateOnStart);

        Assert.Contains($"IWlz:Certificate:Environment is {certificateEnvironment}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestCertificateLifetime.Expired, IWlzEnvironment.Test, "expired")]
    [InlineData(TestCertificateLifetime.NotYetValid, IWlzEnvironment.Test, "not valid yet")]
    [InlineData(TestCertificateLifetime.Valid, IWlzEnvironment.Production, "configured for Production")]
    public async Task Certificate_a_provider_hands_out_later_is_refused_per_call_before_sending(TestCertificateLifetime lifetime, IWlzEnvironment environment, string expected)
    {
        _network.WithToken().WithPep(200, "{}");
        var provider = new SwitchableCertificateProvider(new ClientCertificate(TestPki.Zorgaanbieder, IWlzEnvironment.Test));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, useCertificateInstance: false, build: b => b.Services.AddSingleton<ICertificateProvider>(provider));
        sdk.ValidateOnStart();

        provider.Current = new ClientCertificate(TestPki.Ca.IssueZorgaanbieder("12345678", lifetime), environment);
        var error = await Assert.ThrowsAsync<IWlzException>(() => Query(sdk));

        Assert.Equal(IWlzErrorKind.Certificate, error.Kind);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_network.Server.LogEntries);
    }

    [Fact]
    public async Task Certificate_without_key_from_a_provider_is_refused_per_call()
    {
        var provider = new SwitchableCertificateProvider(new ClientCertificate(TestCertificateAuthority.WithoutPrivateKey(TestPki.Zorgaanbieder), IWlzEnvironment.Test));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, useCertificateInstance: false, build: b => b.Services.AddSingleton<ICertificateProvider>(provider));

        var error = await Assert.ThrowsAsync<IWlzException>(() => Query(sdk));

        Assert.Equal(IWlzErrorKind.Certificate, error.Kind);
        Assert.Contains("no private key", error.Message, StringComparison.Ordinal);
        Assert.Empty(_network.Server.LogEntries);
    }

    [Fact]
    public async Task Pfx_pem_and_store_sources_load_the_same_certificate()
    {
        var dir = Directory.CreateTempSubdirectory("iwlz-sources");
        var certificate = TestPki.Zorgaanbieder;
        try
        {
            var pfx = Path.Combine(dir.FullName, "c.pfx");
            var pem = Path.Combine(dir.FullName, "c.pem");
            var key = Path.Combine(dir.FullName, "c.key");
            await File.WriteAllBytesAsync(pfx, TestCertificateAuthority.ExportPfx(certificate, "pw"));
            await File.WriteAllTextAsync(pem, TestCertificateAuthority.ExportCertificatePem(certificate));
            await File.WriteAllTextAsync(key, TestCertificateAuthority.ExportPrivateKeyPem(certificate));

            Assert.Equal(certificate.Thumbprint, await Load(o => { o.PfxPath = pfx; o.PfxPassword = "pw"; }));
            Assert.Equal(certificate.Thumbprint, await Load(o => { o.PemCertificatePath = pem; o.PemKeyPath = key; }));

            using var store = new System.Security.Cryptography.X509Certificates.X509Store(
                System.Security.Cryptography.X509Certificates.StoreName.My, System.Security.Cryptography.X509Certificates.StoreLocation.CurrentUser);
            store.Open(System.Security.Cryptography.X509Certificates.OpenFlags.ReadWrite);
            store.Add(certificate);
            try
            {
                Assert.Equal(certificate.Thumbprint, await Load(o => o.StoreThumbprint = certificate.Thumbprint.ToLowerInvariant()));
            }
            finally
            {
                store.Remove(certificate);
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Wrong_pfx_password_fails_the_start_naming_the_key()
    {
        var dir = Directory.CreateTempSubdirectory("iwlz-pw");
        try
        {
            var pfx = Path.Combine(dir.FullName, "c.pfx");
            File.WriteAllBytes(pfx, TestCertificateAuthority.ExportPfx(TestPki.Zorgaanbieder, "right"));
            using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, useCertificateInstance: false, configure: o =>
            {
                o.Certificate.Environment = IWlzEnvironment.Test;
                o.Certificate.PfxPath = pfx;
                o.Certificate.PfxPassword = "wrong";
            });

            var error = Assert.Throws<OptionsValidationException>(sdk.ValidateOnStart);

            Assert.Contains("IWlz:Certificate:PfxPassword", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong", error.Message.Replace("is wrong", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData(TestCertificateLifetime.Valid, HealthStatus.Healthy)]
    [InlineData(TestCertificateLifetime.ExpiresSoon, HealthStatus.Degraded)]
    [InlineData(TestCertificateLifetime.Expired, HealthStatus.Unhealthy)]
    public async Task Health_check_degrades_thirty_days_before_expiry(TestCertificateLifetime lifetime, HealthStatus expected)
    {
        var provider = new SwitchableCertificateProvider(new ClientCertificate(TestPki.Ca.IssueZorgaanbieder("12345678", lifetime), IWlzEnvironment.Test));
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, useCertificateInstance: false, build: b =>
        {
            b.Services.AddSingleton<ICertificateProvider>(provider);
            b.Services.AddHealthChecks().AddIWlzCertificateCheck();
        });

        var report = await sdk.Provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(expected, report.Entries["iwlz-certificate"].Status);
    }

    [Fact]
    public async Task Warning_is_logged_when_the_certificate_expires_within_thirty_days()
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, clientCertificate: TestPki.Ca.IssueZorgaanbieder("12345678", TestCertificateLifetime.ExpiresSoon));

        await sdk.Provider.GetRequiredService<ICertificateProvider>().GetCertificateAsync(CancellationToken.None);

        var warning = Assert.Single(sdk.Logs.Records, r => r.EventId.Id == 1002);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
    }

    public void Dispose() => _network.Dispose();

    private sealed class SwitchableCertificateProvider(ClientCertificate initial) : ICertificateProvider
    {
        public ClientCertificate Current { get; set; } = initial;

        public ValueTask<ClientCertificate> GetCertificateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);
    }

    private async Task<string> Load(Action<CertificateOptions> configure)
    {
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint, useCertificateInstance: false, configure: o =>
        {
            o.Certificate.Environment = IWlzEnvironment.Test;
            configure(o.Certificate);
        });
        sdk.ValidateOnStart();
        var loaded = await sdk.Provider.GetRequiredService<ICertificateProvider>().GetCertificateAsync(CancellationToken.None);
        Assert.True(loaded.Certificate.HasPrivateKey);
        return loaded.Thumbprint;
    }

    private static Task<GraphQL.GraphQLResponse<SpecificatieData>> Query(SdkHarness sdk) =>
        sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);
}

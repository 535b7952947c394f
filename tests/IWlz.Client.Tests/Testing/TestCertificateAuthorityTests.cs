using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Tests.Infrastructure;

namespace IWlz.Client.Tests.Testing;

public sealed class TestCertificateAuthorityTests
{
    [Fact]
    public void Issues_system_certificates_for_the_three_roles_with_client_auth()
    {
        var ca = TestPki.Ca;
        var zorgaanbieder = TestPki.Zorgaanbieder;
        using var zorgkantoor = ca.IssueZorgkantoor("5555");
        using var ciz = ca.IssueIndicatieorgaan();

        Assert.Contains("SERIALNUMBER=AGB-12345678", zorgaanbieder.Subject, StringComparison.Ordinal);
        Assert.Contains("SERIALNUMBER=UZOVI-5555", zorgkantoor.Subject, StringComparison.Ordinal);
        Assert.Contains("SERIALNUMBER=KVK-62253778", ciz.Subject, StringComparison.Ordinal);
        foreach (var certificate in new[] { zorgaanbieder, zorgkantoor, ciz })
        {
            Assert.True(certificate.HasPrivateKey);
            Assert.True(ca.IsIssuedBy(certificate));
            var usage = Assert.Single(certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>());
            Assert.Equal("1.3.6.1.5.5.7.3.2", Assert.Single(usage.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>()).Value);
        }
    }

    [Fact]
    public void Server_certificate_names_localhost_and_the_loopback_address()
    {
        var server = TestPki.Server;

        Assert.True(server.MatchesHostname("localhost"));
        Assert.True(server.MatchesHostname("127.0.0.1"));
        Assert.False(server.MatchesHostname("example.org"));
    }

    [Theory]
    [InlineData(TestCertificateLifetime.Expired, false)]
    [InlineData(TestCertificateLifetime.NotYetValid, false)]
    [InlineData(TestCertificateLifetime.ExpiresSoon, true)]
    [InlineData(TestCertificateLifetime.Valid, true)]
    public void Lifetimes_give_the_promised_validity_window(TestCertificateLifetime lifetime, bool validNow)
    {
        using var certificate = TestPki.Ca.IssueZorgaanbieder("12345678", lifetime);
        var now = DateTime.Now;

        Assert.Equal(validNow, certificate.NotBefore <= now && now <= certificate.NotAfter);
        if (lifetime == TestCertificateLifetime.ExpiresSoon)
        {
            Assert.InRange(certificate.NotAfter - now, TimeSpan.FromDays(9), TimeSpan.FromDays(10.1));
        }
    }

    [Fact]
    public void Another_CA_does_not_vouch_for_these_certificates()
    {
        using var other = new TestCertificateAuthority("Other CA");

        Assert.False(other.IsIssuedBy(TestPki.Zorgaanbieder));
        Assert.False(other.IsIssuedBy(null));
    }

    [Fact]
    public void Pfx_and_pem_exports_round_trip_with_the_key()
    {
        var certificate = TestPki.Zorgaanbieder;

        using var fromPfx = X509CertificateLoader.LoadPkcs12(TestCertificateAuthority.ExportPfx(certificate, "pw"), "pw");
        using var fromPem = X509Certificate2.CreateFromPem(TestCertificateAuthority.ExportCertificatePem(certificate), TestCertificateAuthority.ExportPrivateKeyPem(certificate));
        using var publicOnly = TestCertificateAuthority.WithoutPrivateKey(certificate);

        Assert.Equal(certificate.Thumbprint, fromPfx.Thumbprint);
        Assert.True(fromPfx.HasPrivateKey);
        Assert.Equal(certificate.Thumbprint, fromPem.Thumbprint);
        Assert.True(fromPem.HasPrivateKey);
        Assert.False(publicOnly.HasPrivateKey);
    }
}

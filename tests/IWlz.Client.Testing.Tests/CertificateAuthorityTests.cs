using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Certificates;

namespace IWlz.Client.Testing.Tests;

/// <summary>The simulator's certificates come from the public <see cref="TestCertificateAuthority"/>, and nID checks them against it.</summary>
[Collection(SharedNetworkCollection.Name)]
public sealed class CertificateAuthorityTests(SharedNetwork network)
{
    private IWlzNetworkSimulator Sim => network.Simulator;

    [Fact]
    public void An_ecdsa_authority_issues_ecdsa_client_and_server_certificates()
    {
        using var authority = new TestCertificateAuthority("ECDSA test root", TestCertificateKeyType.EcdsaP256);
        using var client = authority.IssueZorgkantoor("5555");
        using var server = authority.IssueServer();

        Assert.Equal(TestCertificateKeyType.EcdsaP256, authority.KeyType);
        foreach (var certificate in new[] { client, server })
        {
            using var key = certificate.GetECDsaPrivateKey();
            Assert.NotNull(key);
            Assert.Null(certificate.GetRSAPublicKey());
            Assert.True(authority.IsIssuedBy(certificate));
            Assert.Equal(X509KeyUsageFlags.DigitalSignature, Assert.Single(certificate.Extensions.OfType<X509KeyUsageExtension>()).KeyUsages);
        }

        Assert.True(server.MatchesHostname("127.0.0.1"));
    }

    [Fact]
    public void The_default_key_type_stays_rsa_and_an_unknown_one_is_refused()
    {
        using var authority = new TestCertificateAuthority("RSA test root");
        using var client = authority.IssueZorgaanbieder("12345678");
        using var key = client.GetRSAPrivateKey();

        Assert.Equal(TestCertificateKeyType.Rsa2048, authority.KeyType);
        Assert.Equal(2048, key!.KeySize);
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new TestCertificateAuthority("x", (TestCertificateKeyType)7));
        Assert.Equal("keyType", refused.ParamName);
    }

    [Fact]
    public void Party_and_server_certificates_chain_to_the_simulators_own_authority()
    {
        var party = Sim.Zorgaanbieder("99000011");
        using var other = new TestCertificateAuthority("Another root", TestCertificateKeyType.EcdsaP256);

        Assert.True(Sim.CertificateAuthority.IsIssuedBy(party.Certificate));
        Assert.Equal(Sim.RootCertificate.Thumbprint, Sim.CertificateAuthority.RootCertificate.Thumbprint);
        Assert.False(other.IsIssuedBy(party.Certificate));
        Assert.Contains("SERIALNUMBER=" + party.VecozoId, party.Certificate.Subject, StringComparison.Ordinal);
        Assert.Contains("CN=" + party.Name, party.Certificate.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nid_refuses_a_certificate_of_another_authority_as_invalid()
    {
        using var other = new TestCertificateAuthority("Another root", TestCertificateKeyType.EcdsaP256);
        using var foreign = other.IssueZorgaanbieder("99000011");

        var (status, description) = await PostTokenRequestAsync(foreign);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Invalid Client Certificate", description);
    }

    [Fact]
    public async Task Nid_refuses_a_certificate_of_its_own_authority_that_no_party_holds_as_not_allowed()
    {
        // Issued by the right CA, but not the certificate the simulator gave party 99000011.
        using var unregistered = Sim.CertificateAuthority.IssueZorgaanbieder("99000011");

        var (status, description) = await PostTokenRequestAsync(unregistered);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Not Allowed", description);
    }

    private async Task<(HttpStatusCode Status, string? Description)> PostTokenRequestAsync(X509Certificate2 clientCertificate)
    {
        var authority = Sim.CertificateAuthority;
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [clientCertificate];
        handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, errors) =>
            errors == SslPolicyErrors.None || (cert is X509Certificate2 c && authority.IsIssuedBy(c));
        using var http = new HttpClient(handler, disposeHandler: false);
        using var response = await http.PostAsJsonAsync(Sim.TokenEndpoint, new JsonObject
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = RawNetwork.BrRead,
            ["audience"] = Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri,
        });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body?["error_description"]?.GetValue<string>());
    }
}

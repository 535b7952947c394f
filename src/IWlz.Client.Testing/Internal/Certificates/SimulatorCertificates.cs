using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.Testing.Internal.Certificates;

/// <summary>
/// Issues the simulator's certificates: a root CA, a server certificate for 127.0.0.1 and
/// VECOZO-like system certificates whose subject carries the party's identity. ECDSA P-256 keys
/// keep issuing fast. The root is made once per process; leaves are made on demand.
/// </summary>
internal sealed class SimulatorCertificates : IDisposable
{
    private static readonly Lazy<X509Certificate2> SharedRoot = new(CreateRoot);

    private readonly X509Certificate2 root;

    public SimulatorCertificates()
    {
        root = SharedRoot.Value;
    }

    public X509Certificate2 Root => root;

    public X509Certificate2 IssueServer()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=IWlz simulated network, O=IWlz.Client.Testing", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        return Sign(request, key);
    }

    /// <summary>A system certificate for a party: CN is its display name, serialNumber its VECOZO ID, OU its role and code.</summary>
    public X509Certificate2 IssueSystemCertificate(string commonName, string vecozoId, string organisationalUnit)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(commonName);
        subject.AddOrganizationalUnitName(organisationalUnit);
        subject.AddOrganizationName("IWlz simulated network");
        subject.Add("2.5.4.5", vecozoId); // serialNumber
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        return Sign(request, key);
    }

    /// <summary>Whether <paramref name="certificate"/> chains to the simulator's root and is valid now.</summary>
    public bool ChainsToRoot(X509Certificate2 certificate, DateTimeOffset now)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        return chain.Build(certificate);
    }

    public void Dispose()
    {
        // The root is shared by every simulator in the process and lives as long as the process.
    }

    private X509Certificate2 Sign(CertificateRequest request, ECDsa key)
    {
        var serial = new byte[12];
        RandomNumberGenerator.Fill(serial);
        serial[0] &= 0x7F;
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(root, now.AddDays(-1), now.AddYears(2), serial);
        using var withKey = issued.CopyWithPrivateKey(key);

        // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2 CreateRoot()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=IWlz simulated network test root, O=IWlz.Client.Testing", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var root = request.CreateSelfSigned(now.AddDays(-2), now.AddYears(5));
        return X509CertificateLoader.LoadPkcs12(root.Export(X509ContentType.Pkcs12), null);
    }
}

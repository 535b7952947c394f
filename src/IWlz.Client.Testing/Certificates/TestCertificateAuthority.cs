using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace IWlz.Client.Testing.Certificates;

/// <summary>
/// A small certificate authority for tests: it issues VECOZO-like system certificates for a zorgaanbieder
/// (AGB), a zorgkantoor (UZOVI) and the CIZ (KVK), and TLS server certificates for 127.0.0.1 and localhost,
/// all made at run time. The subject layout is fictitious (no source specifies VECOZO's); the SDK never reads
/// identity from the certificate. Nothing here is trusted by the OS: trust <see cref="RootCertificate"/> explicitly.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly ECDsa _key;
    private readonly DateTimeOffset _now;
    private long _serial;

    /// <summary>Creates a new root CA with a fresh key.</summary>
    /// <param name="name">The CA's common name.</param>
    /// <param name="keyType">The key type of the certificates it issues (the root itself always has an ECDSA P-256 key).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keyType"/> is not a defined member.</exception>
    public TestCertificateAuthority(string name = "IWlz.Client Test Root CA", TestCertificateKeyType keyType = TestCertificateKeyType.Rsa2048)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(keyType))
        {
            throw new ArgumentOutOfRangeException(nameof(keyType), keyType, "Choose Rsa2048 or EcdsaP256.");
        }

        KeyType = keyType;
        _now = DateTimeOffset.UtcNow;
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={Escape(name)}, O=IWlz.Client tests, C=NL"), _key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        RootCertificate = request.CreateSelfSigned(_now.AddYears(-1), _now.AddYears(10));
    }

    /// <summary>The root certificate (with its private key). Trust it in servers and clients under test.</summary>
    public X509Certificate2 RootCertificate { get; }

    /// <summary>The key type of the certificates this CA issues.</summary>
    public TestCertificateKeyType KeyType { get; }

    /// <summary>Issues a system certificate for a zorgaanbieder.</summary>
    /// <param name="agbCode">The AGB code (8 digits), written into the subject's serial number.</param>
    /// <param name="lifetime">The validity window.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueZorgaanbieder(string agbCode, TestCertificateLifetime lifetime = TestCertificateLifetime.Valid) =>
        IssueClient($"Systeemcertificaat zorgaanbieder {agbCode}", $"AGB-{agbCode}", lifetime);

    /// <summary>Issues a system certificate for a zorgkantoor.</summary>
    /// <param name="uzoviCode">The UZOVI code (4 digits), written into the subject's serial number.</param>
    /// <param name="lifetime">The validity window.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueZorgkantoor(string uzoviCode, TestCertificateLifetime lifetime = TestCertificateLifetime.Valid) =>
        IssueClient($"Systeemcertificaat zorgkantoor {uzoviCode}", $"UZOVI-{uzoviCode}", lifetime);

    /// <summary>Issues a system certificate for the indicatieorgaan.</summary>
    /// <param name="kvkNumber">The KVK number; the CIZ's is 62253778.</param>
    /// <param name="lifetime">The validity window.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueIndicatieorgaan(string kvkNumber = "62253778", TestCertificateLifetime lifetime = TestCertificateLifetime.Valid) =>
        IssueClient($"Systeemcertificaat indicatieorgaan {kvkNumber}", $"KVK-{kvkNumber}", lifetime);

    /// <summary>Issues a client certificate (clientAuth) with any subject and window.</summary>
    /// <param name="commonName">The subject's common name.</param>
    /// <param name="serialNumber">The subject's serialNumber attribute.</param>
    /// <param name="lifetime">The validity window.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueClient(string commonName, string serialNumber, TestCertificateLifetime lifetime = TestCertificateLifetime.Valid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        ArgumentException.ThrowIfNullOrWhiteSpace(serialNumber);
        var subject = new X500DistinguishedName($"CN={Escape(commonName)}, SERIALNUMBER={Escape(serialNumber)}, O=IWlz.Client tests, C=NL");
        return Issue(subject, lifetime, "1.3.6.1.5.5.7.3.2", sans: null);
    }

    /// <summary>Issues a TLS server certificate (serverAuth) for the given host names and IP addresses.</summary>
    /// <param name="hosts">DNS names or IP addresses; none means <c>localhost</c> and <c>127.0.0.1</c>.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueServer(params string[] hosts) => IssueServer(TestCertificateLifetime.Valid, hosts);

    /// <summary>Issues a TLS server certificate with a chosen validity window.</summary>
    /// <param name="lifetime">The validity window.</param>
    /// <param name="hosts">DNS names or IP addresses; none means <c>localhost</c> and <c>127.0.0.1</c>.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueServer(TestCertificateLifetime lifetime, params string[] hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        if (hosts.Length == 0)
        {
            hosts = ["localhost", "127.0.0.1"];
        }

        var sans = new SubjectAlternativeNameBuilder();
        foreach (var host in hosts)
        {
            if (IPAddress.TryParse(host, out var ip))
            {
                sans.AddIpAddress(ip);
            }
            else
            {
                sans.AddDnsName(host);
            }
        }

        return Issue(new X500DistinguishedName($"CN={Escape(hosts[0])}, O=IWlz.Client tests, C=NL"), lifetime, "1.3.6.1.5.5.7.3.1", sans);
    }

    /// <summary>Whether a certificate chains to this CA's root (revocation not checked); use it as a server's client-certificate check.</summary>
    /// <param name="certificate">The certificate to check.</param>
    /// <returns><see langword="true"/> when the chain builds to <see cref="RootCertificate"/> and the certificate is within its validity window.</returns>
    public bool IsIssuedBy(X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(RootCertificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    /// <summary>Exports a certificate with its private key as PFX (PKCS#12).</summary>
    /// <param name="certificate">The certificate, with its key.</param>
    /// <param name="password">The PFX password, or <see langword="null"/> for none.</param>
    /// <returns>The PFX bytes.</returns>
    public static byte[] ExportPfx(X509Certificate2 certificate, string? password)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Export(X509ContentType.Pkcs12, password);
    }

    /// <summary>Exports the certificate (without key) as PEM.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The PEM text.</returns>
    public static string ExportCertificatePem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.ExportCertificatePem();
    }

    /// <summary>Exports the private key as unencrypted PKCS#8 PEM.</summary>
    /// <param name="certificate">The certificate, with its key.</param>
    /// <returns>The PEM text.</returns>
    public static string ExportPrivateKeyPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using AsymmetricAlgorithm key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey()
            ?? throw new ArgumentException("The certificate has no RSA or ECDSA private key.", nameof(certificate));
        return key.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>A copy of the certificate without its private key.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The public part only.</returns>
    public static X509Certificate2 WithoutPrivateKey(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return X509CertificateLoader.LoadCertificate(certificate.RawData);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        RootCertificate.Dispose();
        _key.Dispose();
    }

    private X509Certificate2 Issue(X500DistinguishedName subject, TestCertificateLifetime lifetime, string extendedKeyUsage, SubjectAlternativeNameBuilder? sans)
    {
        var (notBefore, notAfter) = lifetime switch
        {
            TestCertificateLifetime.Expired => (_now.AddDays(-60), _now.AddDays(-1)),
            TestCertificateLifetime.NotYetValid => (_now.AddDays(1), _now.AddDays(366)),
            TestCertificateLifetime.ExpiresSoon => (_now.AddDays(-1), _now.AddDays(10)),
            _ => (_now.AddDays(-1), _now.AddDays(365)),
        };
        using AsymmetricAlgorithm key = KeyType == TestCertificateKeyType.EcdsaP256 ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(2048);
        var request = key is ECDsa ecdsa
            ? new CertificateRequest(subject, ecdsa, HashAlgorithmName.SHA256)
            : new CertificateRequest(subject, (RSA)key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        // An ECDSA key signs the key exchange; it cannot encipher a key as an RSA key can.
        var usage = key is ECDsa ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment;
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(extendedKeyUsage)], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(RootCertificate, true, false));
        if (sans is not null)
        {
            request.CertificateExtensions.Add(sans.Build());
        }

        var serial = BitConverter.GetBytes(Interlocked.Increment(ref _serial) + 1000);
        using var issued = request.Create(RootCertificate.SubjectName, X509SignatureGenerator.CreateForECDsa(_key), notBefore, notAfter, serial);
        using var withKey = key is ECDsa ec ? issued.CopyWithPrivateKey(ec) : issued.CopyWithPrivateKey((RSA)key);

        // A PKCS#12 round trip gives a key that every TLS stack can use for client authentication.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), (string?)null, X509KeyStorageFlags.Exportable);
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' or '=')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

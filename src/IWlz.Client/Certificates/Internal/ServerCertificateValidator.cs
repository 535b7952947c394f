using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.Certificates.Internal;

/// <summary>
/// Validates the server certificate of nID and the PEP: the OS trust store first, then the configured extra
/// roots through a custom trust store. The host name must always match.
/// </summary>
internal sealed class ServerCertificateValidator
{
    private readonly X509Certificate2Collection _extraRoots;
    private readonly X509RevocationMode _revocationMode;
    private readonly bool _acceptAny;

    internal ServerCertificateValidator(ServerTrustOptions options)
    {
        _extraRoots = new X509Certificate2Collection();
        foreach (var path in options.AdditionalRootCertificatePaths)
        {
            _extraRoots.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        _extraRoots.AddRange(options.AdditionalRootCertificates.ToArray());
        _revocationMode = options.RevocationMode;
        _acceptAny = options.DangerousAcceptAnyServerCertificate;
    }

    internal X509RevocationMode RevocationMode => _revocationMode;

    internal bool Validate(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_acceptAny)
        {
            return true;
        }

        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A name mismatch or a missing certificate is never overridden by extra roots.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0 || _extraRoots.Count == 0)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_extraRoots);
        custom.ChainPolicy.RevocationMode = _revocationMode;
        custom.ChainPolicy.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        var leaf = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(leaf);
    }
}

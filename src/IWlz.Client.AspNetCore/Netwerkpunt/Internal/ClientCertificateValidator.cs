using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Checks a client certificate: it chains to the configured roots (or the system store when none are set),
/// is within its validity period, allows client authentication, and, when a list is set, has an allowed thumbprint.
/// </summary>
internal static class ClientCertificateValidator
{
    private const string ClientAuthenticationOid = "1.3.6.1.5.5.7.3.2";

    public static bool IsValid(
        X509Certificate2 certificate,
        X509Certificate2Collection roots,
        ICollection<string> allowedThumbprints,
        X509RevocationMode revocationMode,
        out string? problem)
    {
        if (allowedThumbprints.Count > 0)
        {
            var thumbprint = Sha256Thumbprint(certificate);
            if (!allowedThumbprints.Any(t => string.Equals(t, thumbprint, StringComparison.OrdinalIgnoreCase)))
            {
                problem = "The client certificate is not one of the allowed certificates.";
                return false;
            }
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = revocationMode;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(ClientAuthenticationOid));
        if (roots.Count > 0)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        }

        try
        {
            if (chain.Build(certificate))
            {
                problem = null;
                return true;
            }

            problem = "The client certificate does not pass validation: " +
                string.Join(", ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct());
            return false;
        }
        catch (CryptographicException)
        {
            problem = "The client certificate could not be validated.";
            return false;
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                if (!ReferenceEquals(element.Certificate, certificate))
                {
                    element.Certificate.Dispose();
                }
            }
        }
    }

    public static string Sha256Thumbprint(X509Certificate2 certificate) =>
        Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
}

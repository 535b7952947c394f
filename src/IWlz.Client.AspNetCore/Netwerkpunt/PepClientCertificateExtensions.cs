using System.Security.Cryptography.X509Certificates;
using IWlz.Client.AspNetCore.Netwerkpunt.Internal;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace IWlz.Client.AspNetCore.Netwerkpunt;

/// <summary>Kestrel TLS settings for a netwerkpunt that only the PEP may call.</summary>
public static class PepClientCertificateExtensions
{
    /// <summary>
    /// Requires a client certificate in the TLS handshake and accepts only certificates that chain to
    /// <paramref name="roots"/> and allow client authentication. The endpoint checks them again per connection.
    /// </summary>
    /// <param name="options">The HTTPS options of a Kestrel endpoint.</param>
    /// <param name="roots">The trusted roots of the PEP's certificate; empty for the system store.</param>
    /// <param name="revocationMode">How revocation is checked; default none.</param>
    /// <returns>The same options.</returns>
    public static HttpsConnectionAdapterOptions RequirePepClientCertificate(
        this HttpsConnectionAdapterOptions options,
        X509Certificate2Collection roots,
        X509RevocationMode revocationMode = X509RevocationMode.NoCheck)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(roots);
        options.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
        options.ClientCertificateValidation = (certificate, _, _) =>
            ClientCertificateValidator.IsValid(certificate, roots, [], revocationMode, out _);
        return options;
    }
}

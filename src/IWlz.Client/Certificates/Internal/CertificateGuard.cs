using System.Globalization;

namespace IWlz.Client.Certificates.Internal;

/// <summary>Refuses a client certificate the network would refuse anyway, before anything is sent.</summary>
internal static class CertificateGuard
{
    /// <summary>Throws <see cref="IWlzException"/> (kind Certificate) when the certificate must not be used.</summary>
    internal static void EnsureUsable(ClientCertificate certificate, IWlzEnvironment clientEnvironment, DateTimeOffset now)
    {
        var cert = certificate.Certificate;
        if (!cert.HasPrivateKey)
        {
            throw Refuse($"The client certificate {certificate.Thumbprint} has no private key. Use a PFX with its key, or a PEM certificate together with its key file.");
        }

        if (now < cert.NotBefore.ToUniversalTime())
        {
            throw Refuse(string.Create(CultureInfo.InvariantCulture, $"The client certificate {certificate.Thumbprint} is not valid yet: it is valid from {cert.NotBefore.ToUniversalTime():u}. Check the system clock, or use the current certificate."));
        }

        if (now > cert.NotAfter.ToUniversalTime())
        {
            throw Refuse(string.Create(CultureInfo.InvariantCulture, $"The client certificate {certificate.Thumbprint} expired at {cert.NotAfter.ToUniversalTime():u}. Install the renewed VECOZO certificate."));
        }

        if (certificate.Environment == IWlzEnvironment.Unspecified)
        {
            throw Refuse($"The environment of the client certificate {certificate.Thumbprint} is not set. Set IWlz:Certificate:Environment to the environment VECOZO issued it for.");
        }

        if (certificate.Environment != clientEnvironment)
        {
            throw Refuse($"The client certificate {certificate.Thumbprint} is configured for {certificate.Environment}, but the client targets {clientEnvironment}. VECOZO issues separate TST and PRD certificates: configure the {clientEnvironment} certificate.");
        }
    }

    private static IWlzException Refuse(string message) => new(IWlzErrorKind.Certificate, IWlzErrorSource.Client, message);
}

using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.Certificates;

/// <summary>A client certificate together with the environment it was issued for.</summary>
public sealed class ClientCertificate
{
    /// <summary>Creates the pair.</summary>
    /// <param name="certificate">The certificate, with its private key.</param>
    /// <param name="environment">The environment VECOZO issued it for.</param>
    public ClientCertificate(X509Certificate2 certificate, IWlzEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Certificate = certificate;
        Environment = environment;
        Thumbprint = certificate.Thumbprint;
    }

    /// <summary>The certificate.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The environment the certificate was issued for.</summary>
    public IWlzEnvironment Environment { get; }

    /// <summary>The SHA-1 thumbprint, upper-case hex; it keys the token cache and the HTTP handlers.</summary>
    public string Thumbprint { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Certificate.Subject} ({Thumbprint}, {Environment}, valid until {Certificate.NotAfter:u})";
}

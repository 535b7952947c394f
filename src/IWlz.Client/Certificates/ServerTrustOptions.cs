using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.Certificates;

/// <summary>
/// How the server certificates of nID and the PEP are validated. The OS trust store is always used;
/// extra roots (for example the PKIoverheid Private Root CA G1, or a test CA) can be added.
/// </summary>
public sealed class ServerTrustOptions
{
    /// <summary>
    /// Paths of extra root certificates (PEM or DER) to trust next to the OS store. Default: none.
    /// </summary>
    public IList<string> AdditionalRootCertificatePaths { get; } = new List<string>();

    /// <summary>
    /// How the revocation of server certificates is checked. Default <see cref="X509RevocationMode.Online"/>;
    /// <see cref="X509RevocationMode.NoCheck"/> only for test CAs without CRLs.
    /// </summary>
    public X509RevocationMode RevocationMode { get; set; } = X509RevocationMode.Online;

    /// <summary>Extra roots added in code through <c>IWlzClientBuilder.AddTrustedRootCertificate</c>.</summary>
    internal List<X509Certificate2> AdditionalRootCertificates { get; } = [];

    /// <summary>Set only by <c>IWlzClientBuilder.DangerousAcceptAnyServerCertificateForTesting</c>.</summary>
    internal bool DangerousAcceptAnyServerCertificate { get; set; }
}

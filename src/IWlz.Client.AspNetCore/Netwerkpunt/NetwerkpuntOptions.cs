using System.Security.Cryptography.X509Certificates;

namespace IWlz.Client.AspNetCore.Netwerkpunt;

/// <summary>Options of the netwerkpunt endpoint that receives <c>zendNotificatie</c> and <c>zendMelding</c>.</summary>
public sealed class NetwerkpuntOptions
{
    /// <summary>
    /// Whether every call must come with a TLS client certificate (the PEP's) that passes
    /// validation against <see cref="ClientCertificateRoots"/>. Default <see langword="true"/>; switch it off only
    /// for local development behind no PEP. Calls without a valid certificate get 403.
    /// </summary>
    public bool RequireClientCertificate { get; set; } = true;

    /// <summary>
    /// The roots a client certificate must chain to (for example the PKIoverheid Private root, or a test CA).
    /// Empty (the default) means the operating system's trust store.
    /// </summary>
    public X509Certificate2Collection ClientCertificateRoots { get; } = [];

    /// <summary>
    /// When not empty, the SHA-256 thumbprints (hex, any case) of the only client certificates accepted.
    /// Default empty: any certificate that chains to the roots.
    /// </summary>
    public ICollection<string> AllowedClientCertificateThumbprints { get; } = new List<string>();

    /// <summary>How the revocation of client certificates is checked. Default <see cref="X509RevocationMode.NoCheck"/>; <see cref="X509RevocationMode.Online"/> is recommended in production when the CRL is reachable.</summary>
    public X509RevocationMode ClientCertificateRevocationMode { get; set; } = X509RevocationMode.NoCheck;

    /// <summary>
    /// When <see langword="true"/>, a message is refused (403) unless its <c>afzenderIDType</c>/<c>afzenderID</c>
    /// match the <c>client_id</c> or <c>sub</c> claim of the PEP's <c>claims</c> header (such as <c>uzovi:5000</c>).
    /// Default <see langword="false"/>: the PDP already checked the sender.
    /// </summary>
    public bool RequireSenderMatchesClaims { get; set; }

    /// <summary>The largest request body accepted, in bytes. Default 65,536 (64 KiB); range 1,024 to 16,777,216. Larger requests get 400.</summary>
    public int MaxRequestBodySize { get; set; } = 64 * 1024;

    /// <summary>
    /// The deepest nesting accepted, both in the JSON body and in the GraphQL document (selections, lists,
    /// input objects). Default 32; range 8 to 256. Deeper requests get 400.
    /// </summary>
    public int MaxDepth { get; set; } = 32;

    /// <summary>The longest <c>claims</c> header that is read, in characters. Default 16,384; range 256 to 65,536. A longer header is ignored (the message is still accepted).</summary>
    public int MaxClaimsHeaderLength { get; set; } = 16 * 1024;

    /// <summary>
    /// How long storing a message may take before the request is answered with 503 (not acknowledged; the
    /// sender sends it again and de-duplication returns the same ID). Default 5 seconds; range 100 milliseconds to 60 seconds.
    /// </summary>
    public TimeSpan AcknowledgementTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

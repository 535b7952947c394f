using System.Collections.Concurrent;
using IWlz.Client.Certificates;

namespace IWlz.Client.Transport.Internal;

/// <summary>The certificates seen so far, by thumbprint, so a named client's handler can be built for its certificate.</summary>
internal sealed class ClientCertificateRegistry
{
    private readonly ConcurrentDictionary<string, ClientCertificate> _byThumbprint = new(StringComparer.Ordinal);

    // The certificate registered last: every call registers the certificate it uses, nearly always the same one, and
    // TryAdd hashes the thumbprint and takes a lock even when the entry is there.
    private ClientCertificate? _last;

    internal void Register(ClientCertificate certificate)
    {
        if (ReferenceEquals(Volatile.Read(ref _last), certificate))
        {
            return;
        }

        _byThumbprint.TryAdd(certificate.Thumbprint, certificate);
        Volatile.Write(ref _last, certificate);
    }

    internal ClientCertificate Get(string thumbprint) =>
        _byThumbprint.TryGetValue(thumbprint, out var certificate)
            ? certificate
            : throw new InvalidOperationException($"No client certificate with thumbprint {thumbprint} was registered before its HTTP client was created.");
}

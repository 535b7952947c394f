using System.Collections.Concurrent;
using IWlz.Client.Certificates;

namespace IWlz.Client.Transport.Internal;

/// <summary>The certificates seen so far, by thumbprint, so a named client's handler can be built for its certificate.</summary>
internal sealed class ClientCertificateRegistry
{
    private readonly ConcurrentDictionary<string, ClientCertificate> _byThumbprint = new(StringComparer.Ordinal);

    internal void Register(ClientCertificate certificate) => _byThumbprint.TryAdd(certificate.Thumbprint, certificate);

    internal ClientCertificate Get(string thumbprint) =>
        _byThumbprint.TryGetValue(thumbprint, out var certificate)
            ? certificate
            : throw new InvalidOperationException($"No client certificate with thumbprint {thumbprint} was registered before its HTTP client was created.");
}

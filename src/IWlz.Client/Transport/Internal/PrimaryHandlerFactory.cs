using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Certificates;
using IWlz.Client.Certificates.Internal;
using IWlz.Client.Diagnostics.Internal;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Builds the socket handler for one client certificate: TLS 1.2/1.3 only, the certificate offered for mutual
/// TLS, and the configured server trust.
/// </summary>
internal sealed class PrimaryHandlerFactory(IOptionsMonitor<IWlzClientOptions> options)
{
    private ServerCertificateValidator? _validator;

    internal SocketsHttpHandler Create(ClientCertificate certificate)
    {
        var current = options.CurrentValue;
        var validator = _validator ??= new ServerCertificateValidator(current.ServerTrust);
        var cert = certificate.Certificate;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = current.Resilience.ConnectTimeout,
            PooledConnectionLifetime = current.HandlerLifetime,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            UseCookies = false,
            MaxConnectionsPerServer = current.Resilience.MaxConnectionsPerServer,

            // When a host observes HttpClient: traceparent (as the host configured it) and B3 from the same SDK span
            // (B3HeadersPropagator). Otherwise none, which leaves HttpClient's diagnostics stage out (HttpClientTracing).
            ActivityHeadersPropagator = HttpClientTracing.IsObserved ? B3HeadersPropagator.Instance : null,
        };
        handler.SslOptions = new SslClientAuthenticationOptions
        {
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificates = new X509CertificateCollection { cert },
            LocalCertificateSelectionCallback = (_, _, _, _, _) => cert,
            CertificateRevocationCheckMode = validator.RevocationMode,
            RemoteCertificateValidationCallback = (_, serverCertificate, chain, errors) => validator.Validate(serverCertificate, chain, errors),
        };
        return handler;
    }
}

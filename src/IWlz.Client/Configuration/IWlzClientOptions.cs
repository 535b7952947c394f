using IWlz.Client.AddressBook;
using IWlz.Client.Certificates;
using IWlz.Client.Diagnostics;
using IWlz.Client.Tokens;
using IWlz.Client.Transport;

namespace IWlz.Client;

/// <summary>
/// Everything the SDK needs to reach the iWlz network. Bind it from the <c>IWlz</c> configuration section
/// with <c>services.AddIWlzClient(configuration.GetSection("IWlz"))</c>; it is validated when the host
/// starts, and each error names the configuration key to fix. See docs/configuration.md.
/// </summary>
public sealed class IWlzClientOptions
{
    /// <summary>The name of the configuration section the README uses: <c>IWlz</c>.</summary>
    public const string DefaultSectionName = "IWlz";

    /// <summary>Test or Production. Required; it selects the built-in endpoints and address-book entries.</summary>
    public IWlzEnvironment Environment { get; set; }

    /// <summary>The party the software acts as: role and AGB/UZOVI/KVK code. Required.</summary>
    public PartyOptions Party { get; set; } = new();

    /// <summary>
    /// Optional party to act on behalf of, sent as the token request's <c>access_token.sub</c>:
    /// <c>agbcode:</c> followed by 8 digits, or <c>uzovi:</c> followed by 4 digits. It needs a VECOZO
    /// toestemmingsverklaring and must differ from the own party. Default: none.
    /// </summary>
    public string? ActingOnBehalfOf { get; set; }

    /// <summary>The VECOZO system certificate and the environment it was issued for. Required.</summary>
    public CertificateOptions Certificate { get; set; } = new();

    /// <summary>How the server certificates of nID and the PEP are trusted.</summary>
    public ServerTrustOptions ServerTrust { get; set; } = new();

    /// <summary>Overrides of the built-in token and PEP endpoints. Default: the endpoints of <see cref="Environment"/>.</summary>
    public EndpointOptions Endpoints { get; set; } = new();

    /// <summary>The iWlz address book (adresboek) to resolve services from. Default: none.</summary>
    public AddressBookOptions AddressBook { get; set; } = new();

    /// <summary>
    /// Where each service lives, keyed by service name (<see cref="IWlzServiceNames"/>; letter case ignored).
    /// Default: empty; the Indicatieregister is then looked up in the address book as the CIZ's <c>REGISTER</c>.
    /// </summary>
    public IDictionary<string, ServiceOptions> Services { get; } = new Dictionary<string, ServiceOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>nID token caching and renewal.</summary>
    public TokenOptions Tokens { get; set; } = new();

    /// <summary>Timeouts, retries and the circuit breaker.</summary>
    public ResilienceOptions Resilience { get; set; } = new();

    /// <summary>How traces start and which B3 headers are sent. Default: a new trace per call, no parent span ID.</summary>
    public TracingOptions Tracing { get; set; } = new();

    /// <summary>
    /// How long a pooled HTTP handler (and so a TLS connection set for one certificate) is reused before
    /// IHttpClientFactory builds a new one. After a certificate rotation, old handlers drain within this time.
    /// Default 5 minutes; range 10 seconds to 1 hour.
    /// </summary>
    public TimeSpan HandlerLifetime { get; set; } = TimeSpan.FromMinutes(5);
}

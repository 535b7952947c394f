using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Testing.Notifications;

namespace IWlz.Client.Testing.Parties;

/// <summary>
/// A participant of the simulated network: a zorgaanbieder, a zorgkantoor or the CIZ. It has a
/// system certificate issued by the simulator's test CA, services in the address book, and inboxes
/// for the notifications and meldingen sent to it.
/// </summary>
public sealed class SimulatedParty
{
    private readonly Lazy<X509Certificate2> certificate;
    private readonly ConcurrentQueue<ReceivedMessage> notificaties = new();
    private readonly ConcurrentQueue<ReceivedMessage> meldingen = new();
    private readonly ConcurrentDictionary<string, bool> consents = new(StringComparer.Ordinal);
    private readonly TestCertificateAuthority certificateAuthority;

    internal SimulatedParty(PartyRole role, string code, string name, Uri baseAddress, TestCertificateAuthority certificateAuthority)
    {
        Role = role;
        Code = code;
        Name = name;
        VecozoId = role switch
        {
            PartyRole.Zorgaanbieder => "200010" + code.PadLeft(8, '0'),
            PartyRole.Zorgkantoor => "200020" + code.PadLeft(8, '0'),
            _ => "200030" + code.PadLeft(8, '0'),
        };
        var path = $"{RolePath}/{code}";
        LocalNetwerkpuntUri = new Uri(baseAddress, $"{path}/netwerkpunt/graphql");
        RegisterUri = role switch
        {
            PartyRole.Ciz => new Uri(baseAddress, "ciz/indicatieregister/v2/graphql"),
            PartyRole.Zorgkantoor => new Uri(baseAddress, $"{path}/bemiddelingsregister/v1/graphql"),
            _ => new Uri(baseAddress, $"{path}/leveringsregister/v1/graphql"),
        };
        this.certificateAuthority = certificateAuthority;
        certificate = new Lazy<X509Certificate2>(() => certificateAuthority.IssueClient(name, VecozoId));
    }

    /// <summary>The party's role.</summary>
    public PartyRole Role { get; }

    /// <summary>The party's code: its AGB code, UZOVI code or (for the CIZ) KVK number.</summary>
    public string Code { get; }

    /// <summary>The netwerkpunt ID type of <see cref="Code"/>: <c>AGB</c>, <c>UZOVI</c> or <c>KVK</c>.</summary>
    public string IdType => Role switch
    {
        PartyRole.Zorgaanbieder => "AGB",
        PartyRole.Zorgkantoor => "UZOVI",
        _ => "KVK",
    };

    /// <summary>A fictional display name.</summary>
    public string Name { get; }

    /// <summary>The 14-digit VECOZO number nID knows the party by; the token's <c>sub</c> and <c>client_id</c>.</summary>
    public string VecozoId { get; }

    /// <summary>
    /// The party's system certificate with its private key, issued on first use by the simulator's
    /// test CA (<see cref="IWlzNetworkSimulator.CertificateAuthority"/>). Its subject carries the party:
    /// CN = <see cref="Name"/>, serialNumber = <see cref="VecozoId"/>. nID and the PEP know the party by
    /// this exact certificate. Use it for both the token call and the PEP calls.
    /// </summary>
    public X509Certificate2 Certificate => certificate.Value;

    /// <summary>
    /// The resource URL of the register this party is bronhouder of (the CIZ's Indicatieregister, a
    /// zorgkantoor's Bemiddelingsregister, a zorgaanbieder's Leveringsregister). It is the token
    /// audience for queries on that register; requests themselves go to the PEP.
    /// </summary>
    public Uri RegisterUri { get; }

    /// <summary>
    /// The party's own netwerkpunt, when the party is the system under test: an https URL where it
    /// receives <c>zendNotificatie</c> and <c>zendMelding</c>. <see langword="null"/> (the default)
    /// lets the simulator receive them itself; see <see cref="ReceivedNotificaties"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not absolute https.</exception>
    public Uri? NetwerkpuntUri
    {
        get;
        set
        {
            if (value is not null && (!value.IsAbsoluteUri || value.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"A netwerkpunt URL must be absolute https; got '{value}'.", nameof(value));
            }

            field = value;
        }
    }

    /// <summary>
    /// Where the network delivers this party's notifications and meldingen: <see cref="NetwerkpuntUri"/>
    /// when set, otherwise the simulator's own inbox for the party. This is the resource URL in the
    /// address book and so the token audience for <c>zendNotificatie</c>/<c>zendMelding</c> to this party.
    /// </summary>
    public Uri EffectiveNetwerkpuntUri => NetwerkpuntUri ?? LocalNetwerkpuntUri;

    /// <summary>
    /// When <see langword="true"/>, nID and the PEP refuse the party's certificate with
    /// <c>403 Not Allowed</c>, as for a blocked credential or an unregistered IP address.
    /// </summary>
    public bool IsBlocked { get; set; }

    /// <summary>Notifications the simulator received for this party (when <see cref="NetwerkpuntUri"/> is not set), oldest first.</summary>
    public IReadOnlyList<ReceivedMessage> ReceivedNotificaties => [.. notificaties];

    /// <summary>Meldingen the simulator received for this party (when <see cref="NetwerkpuntUri"/> is not set), oldest first.</summary>
    public IReadOnlyList<ReceivedMessage> ReceivedMeldingen => [.. meldingen];

    internal Uri LocalNetwerkpuntUri { get; }

    internal string RolePath => Role switch
    {
        PartyRole.Zorgaanbieder => "zorgaanbieder",
        PartyRole.Zorgkantoor => "zorgkantoor",
        _ => "ciz",
    };

    /// <summary>The <c>access_token.sub</c> form of this party: <c>agbcode:…</c>, <c>uzovi:…</c> or <c>kvk:…</c>.</summary>
    internal string SubjectId => Role switch
    {
        PartyRole.Zorgaanbieder => "agbcode:" + Code,
        PartyRole.Zorgkantoor => "uzovi:" + Code,
        _ => "kvk:" + Code,
    };

    /// <summary>
    /// Registers a toestemmingsverklaring: <paramref name="actor"/> (for example a software vendor's
    /// party) may request tokens on behalf of this party with <c>access_token.sub</c>.
    /// </summary>
    /// <param name="actor">The party that may act for this one.</param>
    public void GrantConsent(SimulatedParty actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        consents[actor.VecozoId] = true;
    }

    /// <summary>Withdraws a consent given with <see cref="GrantConsent"/>.</summary>
    /// <param name="actor">The party that may no longer act for this one.</param>
    public void RevokeConsent(SimulatedParty actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        consents.TryRemove(actor.VecozoId, out _);
    }

    /// <summary>
    /// Creates a handler that presents this party's certificate and trusts the simulator's test CA,
    /// for calling nID and the PEP with a plain <see cref="HttpClient"/>.
    /// </summary>
    /// <returns>A new handler; the caller disposes it.</returns>
    public HttpMessageHandler CreateHttpMessageHandler()
    {
        var clientCertificate = Certificate;
        var authority = certificateAuthority;
        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [clientCertificate];
        handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, errors) =>
            errors == SslPolicyErrors.None || (cert is X509Certificate2 c && authority.IsIssuedBy(c));
        return handler;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Role} {IdType}:{Code} ({Name})";

    internal bool HasIssuedCertificate => certificate.IsValueCreated;

    internal bool HasConsentFor(string actorVecozoId) => consents.ContainsKey(actorVecozoId);

    internal void Receive(ReceivedMessage message)
    {
        if (message.Operation == "zendMelding")
        {
            meldingen.Enqueue(message);
        }
        else
        {
            notificaties.Enqueue(message);
        }
    }
}

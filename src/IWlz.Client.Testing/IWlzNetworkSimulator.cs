using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using IWlz.Client.Testing.Certificates;
using IWlz.Client.Testing.Data;
using IWlz.Client.Testing.Faults;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Internal.Notifications;
using IWlz.Client.Testing.Internal.Pep;
using IWlz.Client.Testing.Internal.Registers;
using IWlz.Client.Testing.Internal.Schemas;
using IWlz.Client.Testing.Internal.Seed;
using IWlz.Client.Testing.Internal.Tokens;
using IWlz.Client.Testing.Parties;
using IWlz.Client.Testing.Traffic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Testing;

/// <summary>
/// A simulated iWlz network on 127.0.0.1 with real TLS: a test certificate authority, nID (the token
/// endpoint), the PEP with the template policies, the registers of the CIZ, the zorgkantoren and the
/// zorgaanbieders (queried for real with GraphQL over seeded, fictional data), and netwerkpunten.
/// Point a client at <see cref="WriteAddressBook(Stream)"/> and give it a party's
/// <see cref="SimulatedParty.Certificate"/>, and it meets the network as it would the real one.
/// </summary>
/// <example>
/// <code>
/// await using var network = await IWlzNetworkSimulator.StartAsync();
/// var zorgaanbieder = network.Zorgaanbieder("99000011");
/// network.WriteAddressBook(File.Create("adresboek.json"));
/// </code>
/// </example>
public sealed class IWlzNetworkSimulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SimulatorContext context;
    private readonly PepHandler pep;
    private readonly BronhouderNotifier notifier;
    private readonly TestCertificateAuthority certificateAuthority;

    private IWlzNetworkSimulator(WebApplication app, SimulatorContext context, PepHandler pep, BronhouderNotifier notifier, TestCertificateAuthority certificateAuthority)
    {
        this.app = app;
        this.context = context;
        this.pep = pep;
        this.notifier = notifier;
        this.certificateAuthority = certificateAuthority;
        Data = new SimulatedData(context, notifier);
    }

    /// <summary>The https base address the simulator listens on, such as <c>https://127.0.0.1:50123/</c>.</summary>
    public Uri BaseAddress => context.BaseAddress;

    /// <summary>The simulated nID token endpoint (address book <c>tokenEndpointuri</c>).</summary>
    public Uri TokenEndpoint => context.TokenEndpoint;

    /// <summary>The simulated PEP (address book <c>authorizationEndpointuri</c>); every GraphQL request goes here.</summary>
    public Uri PepEndpoint => context.PepEndpoint;

    /// <summary>
    /// The root certificate of the simulator's test CA (<see cref="CertificateAuthority"/>). It issued the
    /// simulator's server certificate and every party certificate; trust it (and only it) as the server root
    /// in a client under test.
    /// </summary>
    public X509Certificate2 RootCertificate => certificateAuthority.RootCertificate;

    /// <summary>
    /// The simulator's own test CA, one per simulator, issuing ECDSA P-256 certificates. nID and the PEP refuse a
    /// client certificate that does not chain to it (403 Invalid Client Certificate) and accept only the exact
    /// certificates it issued to the parties (else 403 Not Allowed). The PEP trusts it for the netwerkpunten it
    /// calls: issue the server certificate of your own netwerkpunt here
    /// (<see cref="TestCertificateAuthority.IssueServer(string[])"/>). The simulator disposes it when it stops.
    /// </summary>
    public TestCertificateAuthority CertificateAuthority => certificateAuthority;

    /// <summary>The certificate the PEP presents to an external netwerkpunt it forwards notifications to.</summary>
    public X509Certificate2 PepCertificate => context.PepCertificate.Value;

    /// <summary>The CIZ, bronhouder of the Indicatieregister (KVK 62253778).</summary>
    public SimulatedParty Ciz => context.Parties.GetOrAdd(PartyRole.Ciz, Seeder.CizKvk);

    /// <summary>Every party of the network, in the order they were added.</summary>
    public IReadOnlyList<SimulatedParty> Parties => context.Parties.All;

    /// <summary>The records of the simulated registers and the API to change them.</summary>
    public SimulatedData Data { get; }

    /// <summary>Fault injection: an unreachable token endpoint, PEP 5xx answers, slow answers, expired tokens.</summary>
    public SimulatorFaults Faults => context.Faults;

    /// <summary>The simulator's internals, for the simulator's own tests.</summary>
    internal SimulatorContext Context => context;

    /// <summary>Starts a simulator. Building the schemas makes the first start in a process slower; later starts are quick.</summary>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static async Task<IWlzNetworkSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        options.Validate();

        // Warm the shared parts in parallel with Kestrel's start; they are built once per process.
        var warm = Task.Run(
            () =>
            {
                foreach (var kind in Enum.GetValues<RegisterKind>())
                {
                    _ = RegisterSchemas.Get(kind);
                    _ = QueryTemplate.For(kind);
                }
            },
            cancellationToken);

        // ECDSA keys: a simulator issues a certificate per party, and RSA key generation is slow on small machines.
        var certificateAuthority = new TestCertificateAuthority("IWlz simulated network test root", TestCertificateKeyType.EcdsaP256);
        var serverCertificate = certificateAuthority.IssueServer("127.0.0.1", "localhost");
        SimulatorContext? context = null;
        NidTokenService? tokens = null;
        PepHandler? pep = null;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = serverCertificate;

                // Ask for a certificate but let nID and the PEP answer 403 themselves, as the real ones do.
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.AllowAnyClientCertificate();
                https.SslProtocols = System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13;
            }));
        });
        var app = builder.Build();
        app.Run(async http =>
        {
            var path = http.Request.Path.Value ?? string.Empty;
            var endpoint = path switch
            {
                SimulatorContext.TokenPath => SimulatorEndpoint.TokenEndpoint,
                SimulatorContext.PepPath => SimulatorEndpoint.Pep,
                _ => SimulatorEndpoint.Unknown,
            };
            var receivedAt = context!.Time.GetUtcNow();
            var answered = false;
            try
            {
                var delay = context.Faults.ResponseDelay;
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, http.RequestAborted).ConfigureAwait(false);
                }

                if (endpoint == SimulatorEndpoint.TokenEndpoint)
                {
                    if (context.Faults.TokenEndpointDown)
                    {
                        Record(context, http, endpoint, path, receivedAt, answered: false);
                        http.Abort();
                        return;
                    }

                    await tokens!.HandleAsync(http).ConfigureAwait(false);
                }
                else if (endpoint == SimulatorEndpoint.Pep)
                {
                    await pep!.HandleAsync(http).ConfigureAwait(false);
                }
                else
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync("Not Found", http.RequestAborted).ConfigureAwait(false);
                }

                answered = !http.RequestAborted.IsCancellationRequested;
                Record(context, http, endpoint, path, receivedAt, answered);
            }
            catch (Exception) when (!answered)
            {
                // Recorded before the connection ends, so a client never sees an answer that is not in the journal yet.
                Record(context, http, endpoint, path, receivedAt, answered: false);
                throw;
            }
        });

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        context = new SimulatorContext(options, baseAddress, certificateAuthority);
        tokens = new NidTokenService(context);
        pep = new PepHandler(context, tokens);
        var notifier = new BronhouderNotifier(context);

        Seeder.AddParties(context.Parties);
        if (options.SeedData)
        {
            var reference = options.ReferenceDate ?? DateOnly.FromDateTime(options.TimeProvider.GetLocalNow().DateTime);
            new Seeder(options.Seed, reference).Fill(context.Store);
        }

        await warm.ConfigureAwait(false);
        return new IWlzNetworkSimulator(app, context, pep, notifier, certificateAuthority);
    }

    /// <summary>
    /// The requests the simulator received (nID, the PEP and unknown paths), oldest first, with how it answered;
    /// at most the latest 10,000. The simulator's own notification traffic is included. Nothing sensitive is kept.
    /// </summary>
    public IReadOnlyList<RecordedRequest> RecordedRequests => context.Journal.All;

    /// <summary>Forgets the requests recorded so far (<see cref="RecordedRequests"/>).</summary>
    public void ClearRecordedRequests() => context.Journal.Clear();

    /// <summary>Gets the zorgaanbieder with this AGB code, adding it to the network if it is new.</summary>
    /// <param name="agb">An 8-digit AGB code.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentException">The code is not 8 digits.</exception>
    public SimulatedParty Zorgaanbieder(string agb)
    {
        RequireDigits(agb, 8, "AGB code");
        return context.Parties.GetOrAdd(PartyRole.Zorgaanbieder, agb);
    }

    /// <summary>Gets the zorgkantoor with this UZOVI code, adding it to the network if it is new.</summary>
    /// <param name="uzovi">A 4-digit UZOVI code.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentException">The code is not 4 digits.</exception>
    public SimulatedParty Zorgkantoor(string uzovi)
    {
        RequireDigits(uzovi, 4, "UZOVI code");
        return context.Parties.GetOrAdd(PartyRole.Zorgkantoor, uzovi);
    }

    /// <summary>
    /// Writes the address book of the simulated network in the iWlz adresboek format
    /// (<c>electronicServices[]</c> with <c>gegevensdienstId</c>, <c>authorizationEndpoint</c>,
    /// <c>tokenEndpoint</c> and <c>systeemrollen</c>). Write it again after adding parties or setting
    /// <see cref="SimulatedParty.NetwerkpuntUri"/>.
    /// </summary>
    /// <param name="destination">The stream to write UTF-8 JSON to; it is left open.</param>
    public void WriteAddressBook(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var bytes = Encoding.UTF8.GetBytes(AddressBookWriter.ToJson(context));
        destination.Write(bytes);
        destination.Flush();
    }

    /// <summary>Writes the address book (see <see cref="WriteAddressBook(Stream)"/>) to a file, replacing it.</summary>
    /// <param name="path">The file path.</param>
    public void WriteAddressBook(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllText(path, AddressBookWriter.ToJson(context), Encoding.UTF8);
    }

    /// <summary>
    /// The address book file this simulator writes for SDK clients (in the temporary folder, removed when the
    /// simulator stops). <see cref="CreateClientConfiguration"/> and <c>UseSimulator</c> write it, so it lists
    /// every party added before they were called.
    /// </summary>
    public string AddressBookPath { get; } = Path.Combine(Path.GetTempPath(), "IWlz.Client.Testing", "simulator-" + Guid.NewGuid().ToString("N"), "adresboek.json");

    /// <summary>
    /// The configuration an SDK client needs to act as <paramref name="party"/> on this simulator, as keys of the
    /// <c>IWlz</c> section: <c>Environment</c> (Test), <c>Party:Role</c>, <c>Party:Code</c>,
    /// <c>Endpoints:TokenEndpoint</c>, <c>Endpoints:PepEndpoint</c>, <c>AddressBook:Path</c> (written now),
    /// <c>Certificate:Environment</c> and <c>ServerTrust:RevocationMode</c> (NoCheck: the test CA publishes no
    /// revocation lists). Add it to a configuration and bind it with <c>AddIWlzClient(configuration.GetSection("IWlz"))</c>;
    /// then give the client <see cref="SimulatedParty.Certificate"/> with <c>UseCertificate</c> and trust
    /// <see cref="RootCertificate"/> with <c>AddTrustedRootCertificate</c>. <c>UseSimulator</c> does all of this in one call.
    /// </summary>
    /// <param name="party">The party the client acts as; it must belong to this simulator.</param>
    /// <param name="sectionName">The configuration section; default <c>IWlz</c>. Empty for keys without a section.</param>
    /// <returns>Configuration keys and values, for example for <c>AddInMemoryCollection</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is not a party of this simulator.</exception>
    public IReadOnlyDictionary<string, string?> CreateClientConfiguration(SimulatedParty party, string sectionName = IWlzClientOptions.DefaultSectionName)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(sectionName);
        return PrepareClient(party).ToConfiguration(sectionName);
    }

    /// <summary>Checks the party, writes the address book and returns what a client needs.</summary>
    internal ClientSettings PrepareClient(SimulatedParty party)
    {
        if (!ReferenceEquals(context.Parties.Find(party.Role, party.Code), party))
        {
            throw new ArgumentException($"{party} is not a party of this simulator; get it from this simulator's Zorgaanbieder, Zorgkantoor or Ciz.", nameof(party));
        }

        WriteAddressBookAtomically(AddressBookPath);
        return ClientSettings.For(party, context, AddressBookPath);
    }

    /// <summary>Stops the simulator and releases its port.</summary>
    /// <returns>A task that completes when the simulator has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        pep.Dispose();
        notifier.Dispose();
        context.Dispose();
        certificateAuthority.Dispose();
        try
        {
            var folder = Path.GetDirectoryName(AddressBookPath)!;
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open elsewhere stays behind in the temporary folder; that is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes the address book next to its destination and renames it, so a client never reads half a file.</summary>
    private void WriteAddressBookAtomically(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, AddressBookWriter.ToJson(context), Encoding.UTF8);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Record(SimulatorContext context, HttpContext http, SimulatorEndpoint endpoint, string path, DateTimeOffset receivedAt, bool answered)
    {
        var party = http.Connection.ClientCertificate is { } certificate ? context.Parties.FindByCertificate(certificate) : null;
        context.Journal.Add(new RecordedRequest(endpoint, path, answered ? http.Response.StatusCode : null, party, receivedAt));
    }

    private static void RequireDigits(string code, int length, string what)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != length || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A {what} is {length} digits; got '{code}'.", nameof(code));
        }
    }
}

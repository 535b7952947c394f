using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Audit;
using IWlz.Client.Testing.Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The two clients under comparison, both talking to one <see cref="RegisterStub"/> (in a child process of its
/// own, see <see cref="RegisterStubProcess"/>) over the same transport:
/// HTTP/1.1 over TLS 1.2/1.3 with the same client certificate (mutual TLS), one pooled connection, automatic
/// decompression on. The SDK cannot send to a PEP over plain HTTP, so the baseline uses TLS too.
/// <list type="bullet">
/// <item>The SDK as a vendor registers it (<c>AddIWlzClient</c>), with everything on: template guard, nID token
/// cache, resilience pipeline, B3 headers, span and metrics, and a NEN 7513 audit record per call (to a sink
/// that discards it, so the cost measured is building the record, not storing it).</item>
/// <item>The baseline: one <see cref="HttpClient"/> over a <see cref="SocketsHttpHandler"/>, a bearer token
/// fetched once before measuring, the body written and read with System.Text.Json source generation.</item>
/// </list>
/// </summary>
internal sealed class QueryClients : IAsyncDisposable
{
    private readonly IAsyncDisposable _stub;
    private readonly TestCertificateAuthority _authority;
    private readonly X509Certificate2? _serverCertificate;
    private readonly IDisposable? _pinning;
    private readonly bool _ownsAuthority;

    private QueryClients(IAsyncDisposable stub, Uri stubAddress, TestCertificateAuthority authority, bool ownsAuthority, X509Certificate2? serverCertificate, IDisposable? pinning, ServiceProvider sdk, HttpClient baseline, string token)
    {
        _stub = stub;
        _authority = authority;
        _ownsAuthority = ownsAuthority;
        _serverCertificate = serverCertificate;
        _pinning = pinning;
        TokenEndpoint = new Uri(stubAddress, RegisterStub.TokenPath);
        PepEndpoint = new Uri(stubAddress, RegisterStub.GraphQLPath);
        Sdk = sdk;
        Baseline = baseline;
        BaselineToken = token;
    }

    /// <summary>Whether the stub runs in this process (<c>IWLZ_BENCH_STUB=in-process</c>) instead of a child process.</summary>
    internal static bool StubInProcess { get; } = string.Equals(Environment.GetEnvironmentVariable("IWLZ_BENCH_STUB"), "in-process", StringComparison.OrdinalIgnoreCase);

    /// <summary>The stub's nID token endpoint.</summary>
    internal Uri TokenEndpoint { get; }

    /// <summary>The stub's GraphQL endpoint (the PEP).</summary>
    internal Uri PepEndpoint { get; }

    internal ServiceProvider Sdk { get; }

    internal HttpClient Baseline { get; }

    /// <summary>The baseline's bearer token, fetched once (its "cache").</summary>
    internal string BaselineToken { get; }

    /// <summary>
    /// Starts the stub with the answer every GraphQL request gets, and both clients. By default the stub is a
    /// child process on its own core and this process is pinned to another (<see cref="CpuPinning"/>).
    /// </summary>
    internal static async Task<QueryClients> StartAsync(IWlzPartyRole role, string code, StubAnswer answer)
    {
        if (SharedStubs.IsEnabled && !StubInProcess)
        {
            var shared = await SharedStubs.GetOrStartAsync(answer).ConfigureAwait(false);
            var pin = CpuPinning.PinThisProcess(CpuPinning.ClientCpu);
            try
            {
                return await StartClientsAsync(role, code, shared.Lease, shared.Process.BaseAddress, shared.Authority, serverCertificate: null, pin, ownsAuthority: false).ConfigureAwait(false);
            }
            catch
            {
                pin?.Dispose();
                throw;
            }
        }

        var authority = new TestCertificateAuthority("IWlz.Client benchmark root", TestCertificateKeyType.EcdsaP256);

        // Kept until the stub stops: the in-process stub's Kestrel uses this object for every handshake.
        var serverCertificate = authority.IssueServer("127.0.0.1", "localhost");
        IAsyncDisposable stub;
        Uri stubAddress;
        IDisposable? pinning = null;
        if (StubInProcess)
        {
            var inProcess = await RegisterStub.StartAsync(serverCertificate, answer).ConfigureAwait(false);
            (stub, stubAddress) = (inProcess, inProcess.BaseAddress);
        }
        else
        {
            var child = await RegisterStubProcess.StartAsync(serverCertificate, answer, CpuPinning.StubCpu).ConfigureAwait(false);
            (stub, stubAddress) = (child, child.BaseAddress);
        }

        try
        {
            pinning = StubInProcess ? null : CpuPinning.PinThisProcess(CpuPinning.ClientCpu);
            return await StartClientsAsync(role, code, stub, stubAddress, authority, serverCertificate, pinning, ownsAuthority: true).ConfigureAwait(false);
        }
        catch
        {
            // A setup that fails stops its stub (and its child process) and gives the cores back.
            await stub.DisposeAsync().ConfigureAwait(false);
            pinning?.Dispose();
            serverCertificate.Dispose();
            authority.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts both clients against <see cref="InMemoryRegister"/> instead of a server: no kernel sockets, no TLS, no
    /// second process. Every layer of both clients still runs, HttpClient's socket handler included (HTTP/1.1 written
    /// and parsed, connection pool, diagnostics); what is left out is what they share.
    /// </summary>
    internal static Task<QueryClients> StartInMemoryAsync(IWlzPartyRole role, string code, StubAnswer answer)
    {
        // No server certificate: the in-memory connection has no TLS.
        var authority = new TestCertificateAuthority("IWlz.Client benchmark root", TestCertificateKeyType.EcdsaP256);
        var register = new InMemoryRegister(answer);
        return StartClientsAsync(role, code, register, InMemoryRegister.BaseAddress, authority, serverCertificate: null, pinning: null, ownsAuthority: true, register);
    }

    private static async Task<QueryClients> StartClientsAsync(
        IWlzPartyRole role, string code, IAsyncDisposable stub, Uri stubAddress, TestCertificateAuthority authority, X509Certificate2? serverCertificate, IDisposable? pinning,
        bool ownsAuthority, InMemoryRegister? inMemory = null)
    {

        var certificate = role == IWlzPartyRole.Zorgkantoor ? authority.IssueZorgkantoor(code) : authority.IssueZorgaanbieder(code);
        var tokenEndpoint = new Uri(stubAddress, RegisterStub.TokenPath);
        var pepEndpoint = new Uri(stubAddress, RegisterStub.GraphQLPath);

        var services = new ServiceCollection();
        services.AddIWlzClient(o =>
            {
                o.Environment = IWlzEnvironment.Test;
                o.Party.Role = role;
                o.Party.Code = code;
                o.Endpoints.TokenEndpoint = tokenEndpoint;
                o.Endpoints.PepEndpoint = pepEndpoint;
                o.Certificate.Environment = IWlzEnvironment.Test;
                o.ServerTrust.RevocationMode = X509RevocationMode.NoCheck; // the test CA publishes no revocation lists
                o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions { ResourceUri = new Uri("https://bemiddelingsregister.benchmark.invalid/graphql") };
                o.Services[IWlzServiceNames.Indicatieregister] = new ServiceOptions { ResourceUri = new Uri("https://indicatieregister.benchmark.invalid/graphql") };
            })
            .UseCertificate(certificate, IWlzEnvironment.Test)
            .AddTrustedRootCertificate(authority.RootCertificate);
        services.AddIWlzAuditSink<DiscardingAuditSink>();
        if (inMemory is not null)
        {
            // Registered after AddIWlzClient, so this runs after the SDK's own configuration and swaps only the socket handler.
            services.ConfigureAll<Microsoft.Extensions.Http.HttpClientFactoryOptions>(factory =>
                factory.HttpMessageHandlerBuilderActions.Add(builder =>
                {
                    // The SDK's own socket handler stays (its settings and B3 propagator); only where it connects changes.
                    ((SocketsHttpHandler)builder.PrimaryHandler).ConnectCallback = inMemory.ConnectAsync;
                    builder.AdditionalHandlers.Add(new PlainHttpHandler());
                }));
        }

        var sdk = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        sdk.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        var baseline = inMemory is null
            ? new HttpClient(BaselineHandler(certificate, authority.RootCertificate), disposeHandler: true)
            : new HttpClient(new PlainHttpHandler(InMemoryBaselineHandler(inMemory)), disposeHandler: true);
        var token = await FetchBaselineTokenAsync(baseline, tokenEndpoint).ConfigureAwait(false);
        return new QueryClients(stub, stubAddress, authority, ownsAuthority, serverCertificate, pinning, sdk, baseline, token);
    }

    public async ValueTask DisposeAsync()
    {
        Baseline.Dispose();
        await Sdk.DisposeAsync().ConfigureAwait(false);
        await _stub.DisposeAsync().ConfigureAwait(false);
        _pinning?.Dispose();
        _serverCertificate?.Dispose();
        if (_ownsAuthority)
        {
            _authority.Dispose();
        }
    }

    /// <summary>The socket handler a careful developer writes for mutual TLS: the same settings as the SDK's.</summary>
    private static SocketsHttpHandler BaselineHandler(X509Certificate2 certificate, X509Certificate2 root) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        SslOptions = new SslClientAuthenticationOptions
        {
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificates = new X509CertificateCollection { certificate },
            LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = (_, server, _, _) =>
            {
                if (server is not X509Certificate2 presented)
                {
                    return false;
                }

                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(root);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(presented);
            },
        },
    };

    /// <summary>The baseline's socket handler settings, connected to the in-memory register.</summary>
    private static SocketsHttpHandler InMemoryBaselineHandler(InMemoryRegister register) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = register.ConnectAsync,
    };

    private static async Task<string> FetchBaselineTokenAsync(HttpClient client, Uri tokenEndpoint)
    {
        using var form = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("resource", "https://bemiddelingsregister.benchmark.invalid/graphql")]);
        using var response = await client.PostAsync(tokenEndpoint, form).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Takes every audit record and keeps none: the record is built and validated, not stored.</summary>
    private sealed class DiscardingAuditSink : IIWlzAuditSink
    {
        public ValueTask WriteAsync(AuditRecord record, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}

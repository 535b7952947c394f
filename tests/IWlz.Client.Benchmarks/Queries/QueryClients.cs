using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The two clients under comparison, both talking to one <see cref="RegisterStub"/> over the same transport:
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
    private QueryClients(RegisterStub stub, ServiceProvider sdk, HttpClient baseline, string token)
    {
        Stub = stub;
        Sdk = sdk;
        Baseline = baseline;
        BaselineToken = token;
    }

    internal RegisterStub Stub { get; }

    internal ServiceProvider Sdk { get; }

    internal HttpClient Baseline { get; }

    /// <summary>The baseline's bearer token, fetched once (its "cache").</summary>
    internal string BaselineToken { get; }

    internal static async Task<QueryClients> StartAsync(IWlzPartyRole role, string code)
    {
        var stub = await RegisterStub.StartAsync().ConfigureAwait(false);
        var certificate = role == IWlzPartyRole.Zorgkantoor ? stub.Authority.IssueZorgkantoor(code) : stub.Authority.IssueZorgaanbieder(code);

        var services = new ServiceCollection();
        services.AddIWlzClient(o =>
            {
                o.Environment = IWlzEnvironment.Test;
                o.Party.Role = role;
                o.Party.Code = code;
                o.Endpoints.TokenEndpoint = stub.TokenEndpoint;
                o.Endpoints.PepEndpoint = stub.PepEndpoint;
                o.Certificate.Environment = IWlzEnvironment.Test;
                o.ServerTrust.RevocationMode = X509RevocationMode.NoCheck; // the test CA publishes no revocation lists
                o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions { ResourceUri = new Uri("https://bemiddelingsregister.benchmark.invalid/graphql") };
                o.Services[IWlzServiceNames.Indicatieregister] = new ServiceOptions { ResourceUri = new Uri("https://indicatieregister.benchmark.invalid/graphql") };
            })
            .UseCertificate(certificate, IWlzEnvironment.Test)
            .AddTrustedRootCertificate(stub.Authority.RootCertificate);
        services.AddIWlzAuditSink<DiscardingAuditSink>();
        var sdk = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        sdk.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        var baseline = new HttpClient(BaselineHandler(certificate, stub.Authority.RootCertificate), disposeHandler: true);
        var token = await FetchBaselineTokenAsync(baseline, stub.TokenEndpoint).ConfigureAwait(false);
        return new QueryClients(stub, sdk, baseline, token);
    }

    public async ValueTask DisposeAsync()
    {
        Baseline.Dispose();
        await Sdk.DisposeAsync().ConfigureAwait(false);
        await Stub.DisposeAsync().ConfigureAwait(false);
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

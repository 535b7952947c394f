using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// A register behind a PEP on 127.0.0.1: HTTPS with a required client certificate (mutual TLS, as the PEP
/// demands), a token endpoint that issues a signed JWT, and a GraphQL endpoint that drains the request body and
/// answers with pre-recorded bytes. It does no work of its own per request beyond that, so the SDK and the
/// hand-written baseline meet exactly the same server. It normally runs in a child process of its own
/// (<see cref="RegisterStubProcess"/>); <c>IWLZ_BENCH_STUB=in-process</c> runs it in the benchmark's process.
/// </summary>
internal sealed class RegisterStub : IAsyncDisposable
{
    internal const string TokenPath = "/nid/token";
    internal const string GraphQLPath = "/pep/graphql";

    private readonly WebApplication _app;

    private RegisterStub(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the stub listens (<c>https://127.0.0.1:port/</c>).</summary>
    internal Uri BaseAddress { get; }

    /// <summary>Starts the stub; every GraphQL request gets <paramref name="answer"/>.</summary>
    internal static async Task<RegisterStub> StartAsync(X509Certificate2 serverCertificate, StubAnswer answer)
    {
        var signingKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = serverCertificate;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;

                // The chain is checked once per connection, not per request; the stub accepts any client certificate.
                https.AllowAnyClientCertificate();
                https.SslProtocols = System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13;
            }));
        });

        var app = builder.Build();
        app.Run(async http =>
        {
            await DrainAsync(http.Request).ConfigureAwait(false);
            if (http.Request.Path == TokenPath)
            {
                var token = IssueToken(signingKey, http.Connection.ClientCertificate);
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync($"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}").ConfigureAwait(false);
                return;
            }

            http.Response.StatusCode = answer.StatusCode;
            http.Response.ContentType = answer.ContentType;
            http.Response.ContentLength = answer.Body.Length;
            await http.Response.Body.WriteAsync(answer.Body).ConfigureAwait(false);
        });

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RegisterStub(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task DrainAsync(HttpRequest request)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync().ConfigureAwait(false);
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    internal static string IssueToken(SymmetricSecurityKey key, X509Certificate2? client)
    {
        var now = DateTime.UtcNow;
        var jwt = new JwtSecurityToken(
            issuer: "https://nid.benchmark.invalid",
            audience: "https://register.benchmark.invalid",
            claims: [new Claim("sub", client?.GetNameInfo(X509NameType.SimpleName, false) ?? "unknown"), new Claim("scopes", "read")],
            notBefore: now,
            expires: now.AddHours(1),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        jwt.Payload["iat"] = new DateTimeOffset(now).ToUnixTimeSeconds();
        return new JwtSecurityTokenHandler().WriteToken(jwt);
    }
}

/// <summary>One pre-recorded answer of the stub.</summary>
internal sealed record StubAnswer(int StatusCode, string ContentType, byte[] Body)
{
    internal static StubAnswer Json(byte[] body) => new(200, "application/graphql-response+json", body);

    internal static StubAnswer Json(int status, string body) => new(status, "application/graphql-response+json", Encoding.UTF8.GetBytes(body));
}

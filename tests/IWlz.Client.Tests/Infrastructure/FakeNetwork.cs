using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>
/// WireMock.Net over real TLS with a server certificate from the test CA, requiring a client certificate.
/// It plays nID (<c>/token</c>) and the PEP (<c>/pep</c>).
/// </summary>
internal sealed class FakeNetwork : IDisposable
{
    internal const string ResourceUri = "https://bemiddelingsregister.test/graphql";

    private FakeNetwork(WireMockServer server)
    {
        Server = server;
        var url = server.Urls[0].TrimEnd('/');
        TokenEndpoint = new Uri(url + "/token");
        PepEndpoint = new Uri(url + "/pep");
    }

    internal WireMockServer Server { get; }

    internal Uri TokenEndpoint { get; }

    internal Uri PepEndpoint { get; }

    internal static FakeNetwork Start()
    {
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["https://127.0.0.1:0"],
            UseSSL = true,
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = TestPki.Server },
            ClientCertificateMode = WireMock.Types.ClientCertificateMode.RequireCertificate,
            AcceptAnyClientCertificate = true,
        });
        return new FakeNetwork(server);
    }

    internal IReadOnlyList<ILogEntry> TokenRequests => Server.LogEntries.Where(e => e.RequestMessage?.Path == "/token").ToList();

    internal IReadOnlyList<ILogEntry> PepRequests => Server.LogEntries.Where(e => e.RequestMessage?.Path == "/pep").ToList();

    /// <summary>nID answers with a JSON envelope holding a real JWT.</summary>
    internal FakeNetwork WithToken(int expiresIn = 600, TimeSpan? delay = null)
    {
        var response = Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody(_ => NidJwt.Envelope(NidJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromSeconds(expiresIn)), expiresIn));
        if (delay is { } d)
        {
            response = response.WithDelay(d);
        }

        Server.Given(Request.Create().WithPath("/token").UsingPost()).RespondWith(response);
        return this;
    }

    internal FakeNetwork WithTokenError(int status, string body, string contentType = "text/plain")
    {
        Server.Given(Request.Create().WithPath("/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
        return this;
    }

    internal FakeNetwork WithPep(int status, string body, string contentType = "application/graphql-response+json")
    {
        Server.Given(Request.Create().WithPath("/pep").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
        return this;
    }

    /// <summary>The PEP answers each status in turn (then the last one for ever), with optional headers per step.</summary>
    internal FakeNetwork WithPepSequence(params (int Status, string Body, string ContentType, string? RetryAfter)[] steps)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            var (status, body, contentType, retryAfter) = steps[i];
            var request = Server.Given(Request.Create().WithPath("/pep").UsingPost()).InScenario("pep");
            if (i > 0)
            {
                request = request.WhenStateIs($"step{i}");
            }

            if (i < steps.Length - 1)
            {
                request = request.WillSetStateTo($"step{i + 1}");
            }

            var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body);
            if (retryAfter is not null)
            {
                response = response.WithHeader("Retry-After", retryAfter);
            }

            request.RespondWith(response);
        }

        return this;
    }

    public void Dispose() => Server.Stop();
}

using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The register stub's two answers without a server or a socket: each connection HttpClient opens is an
/// <see cref="InMemoryConnection"/> that answers the token request with a signed JWT and every GraphQL request with
/// the pre-recorded bytes, as HTTP/1.1. Both clients under comparison connect to the same instance, so what it costs
/// is the same on both sides of a ratio and what differs is the clients' own work, HttpClient's included.
/// </summary>
internal sealed class InMemoryRegister : IAsyncDisposable
{
    internal static readonly Uri BaseAddress = new("https://register.benchmark.invalid/");

    private readonly byte[] _tokenAnswer;
    private readonly byte[] _graphQLAnswer;

    internal InMemoryRegister(StubAnswer answer)
    {
        var token = RegisterStub.IssueToken(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), client: null);
        _tokenAnswer = HttpAnswer(200, "application/json", Encoding.UTF8.GetBytes($"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}"));
        _graphQLAnswer = HttpAnswer(answer.StatusCode, answer.ContentType, answer.Body);
    }

    /// <summary>For <see cref="SocketsHttpHandler.ConnectCallback"/>: a new in-memory connection.</summary>
    internal ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Stream>(new InMemoryConnection(path => path == RegisterStub.TokenPath ? _tokenAnswer : _graphQLAnswer));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static byte[] HttpAnswer(int status, string contentType, byte[] body)
    {
        var reason = status == 200 ? "OK" : ((HttpStatusCode)status).ToString();
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }
}

/// <summary>
/// Sends an https request as plain http, innermost in both clients: the SDK refuses a PEP that is not https, and TLS
/// over an in-memory connection would need a server side to talk to. Both clients pay for this handler alike.
/// </summary>
internal sealed class PlainHttpHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<Uri, Uri> _plain = new();

    internal PlainHttpHandler(HttpMessageHandler? inner = null)
    {
        if (inner is not null)
        {
            InnerHandler = inner;
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = _plain.GetOrAdd(request.RequestUri!, static uri => new UriBuilder(uri) { Scheme = "http", Port = 80 }.Uri);
        return base.SendAsync(request, cancellationToken);
    }
}

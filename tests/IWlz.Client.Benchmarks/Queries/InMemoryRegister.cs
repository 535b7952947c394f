using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The register stub's two answers without a server: a primary handler that takes the request body as a server would
/// (written out by the client's content, then dropped) and answers the token request with a signed JWT and every
/// GraphQL request with the pre-recorded bytes. Both clients under comparison get the same instance, so whatever it
/// costs is the same on both sides of a ratio and what differs is only the clients' own work.
/// </summary>
internal sealed class InMemoryRegister(StubAnswer answer) : HttpMessageHandler, IAsyncDisposable
{
    internal static readonly Uri BaseAddress = new("https://register.benchmark.invalid/");

    private readonly SymmetricSecurityKey _signingKey = new(RandomNumberGenerator.GetBytes(32));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        if (request.RequestUri?.AbsolutePath == RegisterStub.TokenPath)
        {
            var token = RegisterStub.IssueToken(_signingKey, client: null);
            var tokenBody = new StringContent($"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}");
            tokenBody.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = tokenBody, RequestMessage = request };
        }

        var content = new ByteArrayContent(answer.Body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(answer.ContentType);
        content.Headers.ContentLength = answer.Body.Length;
        return new HttpResponseMessage((HttpStatusCode)answer.StatusCode) { Content = content, RequestMessage = request };
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Tokens;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The PEP client's handler inside the retry: attaches the nID token and the B3 headers to each attempt, in
/// one step (where a token handler and a B3 handler would be two). It remembers the token it attached in the
/// request's <see cref="RequestContext"/>; the resilience handler, which awaits every answer anyway, drops that
/// token on a 401 and sends once more through this handler, which then attaches a new one (see
/// <see cref="ResilientCallHandler"/>). So this handler never awaits the answer: with a cached token (the common
/// case) it hands the inner task on without an async frame of its own.
/// </summary>
internal sealed class TokenHandler(ITokenProvider tokens, IOptionsMonitor<IWlzClientOptions> options, SdkMetrics metrics)
    : B3PropagationHandler(options, metrics)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (RequestContext.Of(request) is not { TokenRequest: { } tokenRequest } context)
        {
            throw new InvalidOperationException("A PEP request needs a token request in its context.");
        }

        var token = tokens.GetTokenAsync(tokenRequest, cancellationToken);
        return token.IsCompletedSuccessfully
            ? SendAuthorized(request, context, token.Result, cancellationToken)
            : SendWhenTokenArrivesAsync(request, context, token, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWhenTokenArrivesAsync(HttpRequestMessage request, RequestContext context, ValueTask<NidAccessToken> token, CancellationToken cancellationToken) =>
        await SendAuthorized(request, context, await token.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private Task<HttpResponseMessage> SendAuthorized(HttpRequestMessage request, RequestContext context, NidAccessToken token, CancellationToken cancellationToken)
    {
        // The header value is made once per token, not per request (the same text on the wire as a parsed
        // AuthenticationHeaderValue). Replaces the value of an earlier attempt.
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", token.AuthorizationHeaderValue);
        context.Token = token;
        return SendWithB3Async(request, context, cancellationToken);
    }
}

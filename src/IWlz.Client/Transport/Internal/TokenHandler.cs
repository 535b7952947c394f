using System.Net;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The PEP client's handler inside the retry: attaches the nID token and the B3 headers to each attempt, in
/// one step (one async frame per attempt, where a token handler and a B3 handler would be two). On a 401 it
/// drops the token, fetches a new one and sends once more (as a resend, with a child span of its own); a
/// second 401 is returned as it is.
/// </summary>
internal sealed class TokenHandler(ITokenProvider tokens, ILogger logger, IOptionsMonitor<IWlzClientOptions> options, SdkMetrics metrics)
    : B3PropagationHandler(options, metrics)
{
    private const string TokenRefresh = "token_refresh";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (RequestContext.Of(request) is not { TokenRequest: { } tokenRequest } context)
        {
            throw new InvalidOperationException("A PEP request needs a token request in its context.");
        }

        return SendWithTokenAsync(request, context, tokenRequest, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, RequestContext context, NidTokenRequest tokenRequest, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
        Authorize(request, token);
        var response = await SendWithB3Async(request, context, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        TransportLog.RefreshingAfter401(logger, context.OperationName ?? "request");
        response.Dispose();
        tokens.Invalidate(tokenRequest, token);
        token = await tokens.GetTokenAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
        Authorize(request, token);
        context.ResendReason = TokenRefresh;
        return await SendWithB3Async(request, context, cancellationToken).ConfigureAwait(false);
    }

    // The header value is made once per token, not per request (the same text on the wire as a parsed
    // AuthenticationHeaderValue). Replaces the value of an earlier attempt.
    private static void Authorize(HttpRequestMessage request, NidAccessToken token)
    {
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", token.AuthorizationHeaderValue);
    }
}

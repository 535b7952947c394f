using System.Net;
using System.Net.Http.Headers;
using IWlz.Client.Tokens;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Attaches the nID token to each attempt. It sits inside the retry, so every attempt carries a valid token.
/// On a 401 it drops the token, fetches a new one and sends once more; a second 401 is returned as it is.
/// </summary>
internal sealed class TokenHandler(ITokenProvider tokens, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(RequestKeys.TokenRequest, out var tokenRequest))
        {
            throw new InvalidOperationException("A PEP request needs a token request in its options.");
        }

        var token = await tokens.GetTokenAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        request.Options.TryGetValue(RequestKeys.OperationName, out var operation);
        TransportLog.RefreshingAfter401(logger, operation ?? "request");
        response.Dispose();
        tokens.Invalidate(tokenRequest, token);
        token = await tokens.GetTokenAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        request.Options.Set(RequestKeys.ResendReason, "token_refresh");
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

namespace IWlz.Client.Tokens;

/// <summary>
/// Gets nID access tokens. The default implementation caches per (environment, certificate thumbprint, actor,
/// audience, sorted scopes), renews before expiry, and lets concurrent callers share one request.
/// </summary>
public interface ITokenProvider
{
    /// <summary>Returns a valid token for the request, from the cache or from nID.</summary>
    /// <param name="request">The audience, scopes, actor and certificate.</param>
    /// <param name="cancellationToken">Stops waiting; a request shared with other callers still completes for them.</param>
    /// <returns>The token.</returns>
    /// <exception cref="IWlzException">nID refused the request or could not be reached.</exception>
    ValueTask<NidAccessToken> GetTokenAsync(NidTokenRequest request, CancellationToken cancellationToken);

    /// <summary>Drops a cached token that a server rejected, so the next call fetches a new one.</summary>
    /// <param name="request">The request the token was for.</param>
    /// <param name="token">The rejected token; a newer cached token is kept.</param>
    void Invalidate(NidTokenRequest request, NidAccessToken token);
}

using IWlz.Client.Certificates;
using IWlz.Client.Tokens.Internal;

namespace IWlz.Client.Tokens;

/// <summary>
/// One nID token request: <c>client_credentials</c> for exactly one audience and a set of scopes, sent over
/// mutual TLS with <see cref="Certificate"/>. The constructor checks everything nID would refuse, so a bad
/// request fails before anything is sent.
/// </summary>
public sealed class NidTokenRequest
{
    /// <summary>Creates and checks a token request.</summary>
    /// <param name="tokenEndpoint">The nID token endpoint (absolute https).</param>
    /// <param name="audience">The service's resource URL (absolute https, no fragment).</param>
    /// <param name="scopes">One or more scopes; each item may hold several separated by spaces. Duplicates are merged.</param>
    /// <param name="actingOnBehalfOf"><c>agbcode:</c> + 8 digits or <c>uzovi:</c> + 4 digits, or <see langword="null"/>.</param>
    /// <param name="certificate">The client certificate for mutual TLS.</param>
    /// <exception cref="IWlzException">Kind Configuration: a value nID would refuse.</exception>
    public NidTokenRequest(Uri tokenEndpoint, Uri audience, IEnumerable<string> scopes, string? actingOnBehalfOf, ClientCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(certificate);
        TokenEndpoint = TokenRequestRules.RequireHttpsUrl(tokenEndpoint, "token endpoint");
        Audience = TokenRequestRules.RequireAudience(audience);
        Scopes = TokenRequestRules.NormalizeScopes(scopes);
        ActingOnBehalfOf = TokenRequestRules.RequireActor(actingOnBehalfOf);
        Certificate = certificate;
        CacheKey = string.Join(
            '\n',
            certificate.Environment.ToString(),
            certificate.Thumbprint,
            ActingOnBehalfOf ?? string.Empty,
            Audience.OriginalString,
            string.Join(' ', Scopes));
    }

    /// <summary>The nID token endpoint.</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>The audience: the service's resource URL.</summary>
    public Uri Audience { get; }

    /// <summary>The scopes: de-duplicated and sorted (ordinal).</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The party to act on behalf of (<c>access_token.sub</c>), or <see langword="null"/>.</summary>
    public string? ActingOnBehalfOf { get; }

    /// <summary>The client certificate; the same one must be used for the call the token is for.</summary>
    public ClientCertificate Certificate { get; }

    /// <summary>The cache key: environment, certificate thumbprint, actor, audience and sorted scopes.</summary>
    internal string CacheKey { get; }

    /// <summary>The default token provider's slot for <see cref="CacheKey"/>, remembered on first use (see DefaultTokenProvider).</summary>
    internal object? CachedSlot { get; set; }
}

namespace IWlz.Client.Tokens;

/// <summary>
/// An nID access token. It is opaque to the client: the SDK reads its payload only unverified, for the expiry
/// and for diagnostics. <see cref="ToString"/> never shows the token itself.
/// </summary>
public sealed class NidAccessToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="value">The JWT as issued, sent as <c>Authorization: Bearer</c>.</param>
    /// <param name="expiresAt">When the token stops being valid (never more than one hour after issue).</param>
    public NidAccessToken(string value, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
        ExpiresAt = expiresAt;
    }

    /// <summary>The token. Never log it.</summary>
    public string Value { get; }

    /// <summary>When the token expires, by the local clock.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Diagnostics only: the <c>scopes</c> claim, as nID granted them.</summary>
    public IReadOnlyList<string> GrantedScopes { get; init; } = [];

    /// <summary>Diagnostics only: the <c>sub</c> claim (a VECOZO number, or <c>uzovi:…</c>/<c>agbcode:…</c> when acting).</summary>
    public string? Subject { get; init; }

    /// <summary>Diagnostics only: the <c>agb</c> value from the aggregated claims, when present.</summary>
    public string? Agb { get; init; }

    /// <summary>Diagnostics only: the <c>uzovi</c> value from the aggregated claims, when present.</summary>
    public string? Uzovi { get; init; }

    /// <summary>The <c>Authorization</c> header value (<c>Bearer</c> and the token), made once per token instead of once per request.</summary>
    internal string AuthorizationHeaderValue => field ??= "Bearer " + Value;

    /// <inheritdoc />
    public override string ToString() => $"nID token (expires {ExpiresAt:u}, subject {Subject ?? "unknown"})";
}

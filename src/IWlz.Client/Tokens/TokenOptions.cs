namespace IWlz.Client.Tokens;

/// <summary>How nID tokens are cached and renewed.</summary>
public sealed class TokenOptions
{
    /// <summary>The absolute upper bound of a token's lifetime (nID: at most one hour).</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// How long before its expiry a cached token is renewed. Default 60 seconds; range 0 to 10 minutes.
    /// </summary>
    public TimeSpan RenewalSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The lifetime assumed when nID's answer states none (no <c>expires_in</c>, no readable <c>exp</c>).
    /// Default 5 minutes; range 1 second to 1 hour.
    /// </summary>
    public TimeSpan FallbackLifetime { get; set; } = TimeSpan.FromMinutes(5);
}

namespace IWlz.Client;

/// <summary>
/// Where one service lives. Give either <see cref="ResourceUri"/> or an address-book entry
/// (<see cref="GegevensdienstId"/>); per call, <c>GraphQLRequestOptions.ResourceUri</c> wins over both.
/// </summary>
public sealed class ServiceOptions
{
    /// <summary>The service's resource URL: the token audience. An absolute https URL. Default: none.</summary>
    public Uri? ResourceUri { get; set; }

    /// <summary>
    /// The address-book entry of the service, such as <c>5555_REGISTER_TST</c> (<c>_</c> or <c>-</c>, any case).
    /// Its <c>REGISTER</c> role gives the resource URL, and its PEP and token endpoints are used. Default: none.
    /// </summary>
    public string? GegevensdienstId { get; set; }

    /// <summary>
    /// The scopes to request for this service. Default: the service's read scope for queries and create scope
    /// for mutations (<see cref="IWlzScopes"/>).
    /// </summary>
    public IList<string> Scopes { get; } = new List<string>();
}

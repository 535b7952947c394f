namespace IWlz.Client.AddressBook;

/// <summary>Where to send a call and for which audience to ask a token.</summary>
public sealed class ServiceEndpoint
{
    /// <summary>Creates the endpoint set.</summary>
    /// <param name="pepEndpoint">The PEP that receives the GraphQL POST (adresboek <c>authorizationEndpointuri</c>).</param>
    /// <param name="tokenEndpoint">The nID token endpoint (adresboek <c>tokenEndpointuri</c>).</param>
    /// <param name="resourceUri">The service's resource URL: the token audience (adresboek <c>resourceEndpointuri</c>).</param>
    public ServiceEndpoint(Uri pepEndpoint, Uri tokenEndpoint, Uri resourceUri)
    {
        ArgumentNullException.ThrowIfNull(pepEndpoint);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        ArgumentNullException.ThrowIfNull(resourceUri);
        PepEndpoint = pepEndpoint;
        TokenEndpoint = tokenEndpoint;
        ResourceUri = resourceUri;
    }

    /// <summary>The PEP that receives the GraphQL POST.</summary>
    public Uri PepEndpoint { get; }

    /// <summary>The nID token endpoint.</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>The resource URL, sent as the token's <c>audience</c>.</summary>
    public Uri ResourceUri { get; }

    /// <summary>The address-book entry it came from, or <see langword="null"/> when built from configuration or defaults.</summary>
    public string? GegevensdienstId { get; init; }

    /// <summary>The system role it came from (for example <c>REGISTER</c>), or <see langword="null"/>.</summary>
    public string? Systeemrolcode { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{ResourceUri} via {PepEndpoint}";
}

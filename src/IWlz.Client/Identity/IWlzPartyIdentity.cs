namespace IWlz.Client;

/// <summary>
/// Supplies the identity the SDK calls the network as: the role and the AGB, UZOVI or KVK code that the
/// nID access token carries. The register clients fill every own-identity template variable
/// (<c>Instelling</c>, <c>uitvoerendZorgkantoor</c>, <c>aanbieder</c>, ...) from it, and refuse any request
/// whose own-identity variable differs, because the network's policies refuse such a request anyway.
/// </summary>
/// <remarks>
/// The SDK registers an implementation that reads the configured party (and the party acted on behalf of,
/// when set). Supply your own only when the identity is decided elsewhere; use
/// <see cref="FixedPartyIdentity"/> for a single, fixed party.
/// </remarks>
public interface IWlzPartyIdentity
{
    /// <summary>Returns the identity the next call is made as.</summary>
    /// <returns>The party's role and code.</returns>
    /// <exception cref="IWlzException">No valid party is configured (<see cref="IWlzErrorKind.Configuration"/>).</exception>
    PartyIdentity GetIdentity();
}

namespace IWlz.Client;

/// <summary>An <see cref="IWlzPartyIdentity"/> that always returns the same party.</summary>
public sealed class FixedPartyIdentity : IWlzPartyIdentity
{
    private readonly PartyIdentity _identity;

    /// <summary>Creates the provider.</summary>
    /// <param name="identity">The party every call is made as.</param>
    public FixedPartyIdentity(PartyIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        _identity = identity;
    }

    /// <inheritdoc />
    public PartyIdentity GetIdentity() => _identity;
}

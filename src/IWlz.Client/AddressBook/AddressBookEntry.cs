using IWlz.Client.AddressBook.Internal;

namespace IWlz.Client.AddressBook;

/// <summary>One <c>electronicServices</c> item of the address book.</summary>
public sealed class AddressBookEntry
{
    internal AddressBookEntry(int index, string? gegevensdienstId, string description, string weergavenaam, Uri pepEndpoint, Uri tokenEndpoint, IReadOnlyList<AddressBookSystemRole> systemRoles)
    {
        Index = index;
        GegevensdienstId = gegevensdienstId;
        Description = description;
        Weergavenaam = weergavenaam;
        PepEndpoint = pepEndpoint;
        TokenEndpoint = tokenEndpoint;
        SystemRoles = systemRoles;
        if (gegevensdienstId is not null && GegevensdienstIdParts.TryParse(gegevensdienstId, out var parts))
        {
            OrganisatieId = parts.OrganisatieId;
            Functionaliteit = parts.Functionaliteit;
            EnvironmentCode = parts.EnvironmentCode;
        }
    }

    /// <summary>The 0-based position in <c>electronicServices</c>.</summary>
    public int Index { get; }

    /// <summary>The entry's ID as written, such as <c>CIZ_REGISTER_TST</c>, or <see langword="null"/>.</summary>
    public string? GegevensdienstId { get; }

    /// <summary>The <c>description</c>.</summary>
    public string Description { get; }

    /// <summary>The <c>weergavenaam</c> (display name).</summary>
    public string Weergavenaam { get; }

    /// <summary>The PEP (<c>authorizationEndpoint.authorizationEndpointuri</c>).</summary>
    public Uri PepEndpoint { get; }

    /// <summary>The nID token endpoint (<c>tokenEndpoint.tokenEndpointuri</c>).</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>The <c>systeemrollen</c>.</summary>
    public IReadOnlyList<AddressBookSystemRole> SystemRoles { get; }

    /// <summary>The optional <c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The optional <c>id</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The organisation part of <see cref="GegevensdienstId"/> (<c>CIZ</c>, an AGB or a UZOVI code), upper-case.</summary>
    public string? OrganisatieId { get; }

    /// <summary>The function part of <see cref="GegevensdienstId"/> (<c>REGISTER</c>, <c>NOTIFICATIE</c>, <c>MELDING</c>, ...), upper-case.</summary>
    public string? Functionaliteit { get; }

    /// <summary>The environment part of <see cref="GegevensdienstId"/>: <c>TST</c>, <c>ACC</c> or <c>PRD</c>.</summary>
    public string? EnvironmentCode { get; }
}

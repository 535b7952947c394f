namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>The client of a Wlz-indicatie (Indicatieregister schema type <c>Client</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record ClientRecord
{
    /// <summary>Schema field <c>clientID</c>.</summary>
    public required Guid ClientID { get; init; }

    /// <summary>Schema field <c>bsn</c>: the BSN. Seeded values pass the 11-proef and are fictional.</summary>
    public required string Bsn { get; init; }

    /// <summary>Schema field <c>geheimeClient</c>.</summary>
    public required string GeheimeClient { get; init; }

    /// <summary>Schema field <c>geboorteDatum</c>.</summary>
    public required DateOnly GeboorteDatum { get; init; }

    /// <summary>Schema field <c>geboortedatumGebruik</c>.</summary>
    public string? GeboortedatumGebruik { get; init; }

    /// <summary>Schema field <c>geslacht</c>.</summary>
    public required string Geslacht { get; init; }

    /// <summary>Schema field <c>burgerlijkeStaat</c>.</summary>
    public string? BurgerlijkeStaat { get; init; }

    /// <summary>Schema field <c>geslachtsnaam</c>.</summary>
    public required string Geslachtsnaam { get; init; }

    /// <summary>Schema field <c>voorvoegselGeslachtsnaam</c>.</summary>
    public string? VoorvoegselGeslachtsnaam { get; init; }

    /// <summary>Schema field <c>partnernaam</c>.</summary>
    public string? Partnernaam { get; init; }

    /// <summary>Schema field <c>voorvoegselPartnernaam</c>.</summary>
    public string? VoorvoegselPartnernaam { get; init; }

    /// <summary>Schema field <c>voornamen</c>.</summary>
    public string? Voornamen { get; init; }

    /// <summary>Schema field <c>roepnaam</c>.</summary>
    public string? Roepnaam { get; init; }

    /// <summary>Schema field <c>voorletters</c>.</summary>
    public string? Voorletters { get; init; }

    /// <summary>Schema field <c>naamGebruik</c>.</summary>
    public required string NaamGebruik { get; init; }

    /// <summary>Schema field <c>leefeenheid</c>.</summary>
    public string? Leefeenheid { get; init; }

    /// <summary>Schema field <c>agbcodeHuisarts</c>.</summary>
    public string? AgbcodeHuisarts { get; init; }

    /// <summary>Schema field <c>communicatieVorm</c>.</summary>
    public string? CommunicatieVorm { get; init; }

    /// <summary>Schema field <c>taal</c>.</summary>
    public string? Taal { get; init; }

    /// <summary>Schema field <c>commentaar</c>.</summary>
    public string? Commentaar { get; init; }

    /// <summary>Schema field <c>contactPersoon</c>.</summary>
    public IReadOnlyList<ContactPersoonRecord>? ContactPersoon { get; init; }

    /// <summary>Schema field <c>contactGegevens</c>: the client's own contact data; <see langword="null"/> is served as an empty list.</summary>
    public IReadOnlyList<ContactGegevensRecord>? ContactGegevens { get; init; }
}

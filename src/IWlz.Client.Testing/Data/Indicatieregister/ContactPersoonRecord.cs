namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A contact person of a client (Indicatieregister schema type <c>ContactPersoon</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record ContactPersoonRecord
{
    /// <summary>Schema field <c>contactPersoonID</c>.</summary>
    public required Guid ContactPersoonID { get; init; }

    /// <summary>Schema field <c>relatieNummer</c>.</summary>
    public required string RelatieNummer { get; init; }

    /// <summary>Schema field <c>volgorde</c>.</summary>
    public int? Volgorde { get; init; }

    /// <summary>Schema field <c>soortRelatie</c>.</summary>
    public required string SoortRelatie { get; init; }

    /// <summary>Schema field <c>rol</c>.</summary>
    public string? Rol { get; init; }

    /// <summary>Schema field <c>relatie</c>.</summary>
    public string? Relatie { get; init; }

    /// <summary>Schema field <c>voornamen</c>.</summary>
    public string? Voornamen { get; init; }

    /// <summary>Schema field <c>roepnaam</c>.</summary>
    public string? Roepnaam { get; init; }

    /// <summary>Schema field <c>voorletters</c>.</summary>
    public string? Voorletters { get; init; }

    /// <summary>Schema field <c>geslachtsnaam</c>.</summary>
    public string? Geslachtsnaam { get; init; }

    /// <summary>Schema field <c>voorvoegselGeslachtsnaam</c>.</summary>
    public string? VoorvoegselGeslachtsnaam { get; init; }

    /// <summary>Schema field <c>partnernaam</c>.</summary>
    public string? Partnernaam { get; init; }

    /// <summary>Schema field <c>voorvoegselPartnernaam</c>.</summary>
    public string? VoorvoegselPartnernaam { get; init; }

    /// <summary>Schema field <c>naamGebruik</c>.</summary>
    public string? NaamGebruik { get; init; }

    /// <summary>Schema field <c>geslacht</c>.</summary>
    public string? Geslacht { get; init; }

    /// <summary>Schema field <c>geboorteDatum</c>.</summary>
    public DateOnly? GeboorteDatum { get; init; }

    /// <summary>Schema field <c>geboortedatumGebruik</c>.</summary>
    public string? GeboortedatumGebruik { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>Schema field <c>contactGegevens</c>: the contact person's contact data; <see langword="null"/> is served as an empty list.</summary>
    public IReadOnlyList<ContactGegevensRecord>? ContactGegevens { get; init; }
}

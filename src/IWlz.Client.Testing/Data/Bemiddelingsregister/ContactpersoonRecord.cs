namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>A contact person of a client (Bemiddelingsregister schema type <c>Contactpersoon</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record ContactpersoonRecord
{
    /// <summary>Schema field <c>contactpersoonID</c>.</summary>
    public required Guid ContactpersoonID { get; init; }

    /// <summary>The key of the client.</summary>
    public required Guid ClientID { get; init; }

    /// <summary>Schema field <c>relatienummer</c>.</summary>
    public required string Relatienummer { get; init; }

    /// <summary>Schema field <c>volgorde</c>.</summary>
    public int? Volgorde { get; init; }

    /// <summary>Schema field <c>soortRelatie</c>.</summary>
    public required string SoortRelatie { get; init; }

    /// <summary>Schema field <c>rol</c>.</summary>
    public string? Rol { get; init; }

    /// <summary>Schema field <c>relatie</c>.</summary>
    public string? Relatie { get; init; }

    /// <summary>Schema field <c>geslachtsnaam</c>.</summary>
    public string? Geslachtsnaam { get; init; }

    /// <summary>Schema field <c>voorvoegselGeslachtsnaam</c>.</summary>
    public string? VoorvoegselGeslachtsnaam { get; init; }

    /// <summary>Schema field <c>partnernaam</c>.</summary>
    public string? Partnernaam { get; init; }

    /// <summary>Schema field <c>voorvoegselPartnernaam</c>.</summary>
    public string? VoorvoegselPartnernaam { get; init; }

    /// <summary>Schema field <c>voornamen</c>.</summary>
    public string? Voornamen { get; init; }

    /// <summary>Schema field <c>voorletters</c>.</summary>
    public string? Voorletters { get; init; }

    /// <summary>Schema field <c>roepnaam</c>.</summary>
    public string? Roepnaam { get; init; }

    /// <summary>Schema field <c>naamgebruik</c>.</summary>
    public string? Naamgebruik { get; init; }

    /// <summary>Schema field <c>geslacht</c>.</summary>
    public string? Geslacht { get; init; }

    /// <summary>Schema field <c>geboortedatum</c>.</summary>
    public DateOnly? Geboortedatum { get; init; }

    /// <summary>Schema field <c>geboortedatumgebruik</c>.</summary>
    public string? Geboortedatumgebruik { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }
}

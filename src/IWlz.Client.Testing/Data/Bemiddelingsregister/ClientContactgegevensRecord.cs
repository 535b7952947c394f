namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>Contact data of a client (schema type <c>ClientContactgegevens</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record ClientContactgegevensRecord
{
    /// <summary>Schema field <c>clientContactgegevensID</c>.</summary>
    public required Guid ClientContactgegevensID { get; init; }

    /// <summary>The key of the client.</summary>
    public required Guid ClientID { get; init; }

    /// <summary>Schema field <c>adressoort</c>: the kind of address (COD757-like code).</summary>
    public required string Adressoort { get; init; }

    /// <summary>Schema field <c>straatnaam</c>.</summary>
    public string? Straatnaam { get; init; }

    /// <summary>Schema field <c>huisnummer</c>.</summary>
    public int? Huisnummer { get; init; }

    /// <summary>Schema field <c>huisletter</c>.</summary>
    public string? Huisletter { get; init; }

    /// <summary>Schema field <c>huisnummertoevoeging</c>.</summary>
    public string? Huisnummertoevoeging { get; init; }

    /// <summary>Schema field <c>postcode</c>.</summary>
    public string? Postcode { get; init; }

    /// <summary>Schema field <c>plaatsnaam</c>.</summary>
    public string? Plaatsnaam { get; init; }

    /// <summary>Schema field <c>land</c>.</summary>
    public string? Land { get; init; }

    /// <summary>Schema field <c>aanduidingWoonadres</c>.</summary>
    public string? AanduidingWoonadres { get; init; }

    /// <summary>Schema field <c>emailadres</c>.</summary>
    public string? Emailadres { get; init; }

    /// <summary>Schema field <c>telefoonnummer01</c>.</summary>
    public string? Telefoonnummer01 { get; init; }

    /// <summary>Schema field <c>landnummer01</c>.</summary>
    public string? Landnummer01 { get; init; }

    /// <summary>Schema field <c>telefoonnummer02</c>.</summary>
    public string? Telefoonnummer02 { get; init; }

    /// <summary>Schema field <c>landnummer02</c>.</summary>
    public string? Landnummer02 { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>: the first day the contact data is valid.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>: the last day the contact data is valid; <see langword="null"/> when open-ended.</summary>
    public DateOnly? Einddatum { get; init; }
}

namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>An address (schema type <c>Adres</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record AdresRecord
{
    /// <summary>Schema field <c>adresID</c>.</summary>
    public required Guid AdresID { get; init; }

    /// <summary>Schema field <c>adresSoort</c>.</summary>
    public required string AdresSoort { get; init; }

    /// <summary>Schema field <c>straatnaam</c>.</summary>
    public string? Straatnaam { get; init; }

    /// <summary>Schema field <c>huisnummer</c>.</summary>
    public int? Huisnummer { get; init; }

    /// <summary>Schema field <c>huisletter</c>.</summary>
    public string? Huisletter { get; init; }

    /// <summary>Schema field <c>huisnummerToevoeging</c>.</summary>
    public string? HuisnummerToevoeging { get; init; }

    /// <summary>Schema field <c>postcode</c>.</summary>
    public string? Postcode { get; init; }

    /// <summary>Schema field <c>plaatsnaam</c>.</summary>
    public string? Plaatsnaam { get; init; }

    /// <summary>Schema field <c>landCode</c>.</summary>
    public string? LandCode { get; init; }

    /// <summary>Schema field <c>aanduidingWoonadres</c>.</summary>
    public string? AanduidingWoonadres { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }
}

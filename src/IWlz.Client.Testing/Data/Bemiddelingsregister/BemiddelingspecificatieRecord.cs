namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>A bemiddelingspecificatie (schema type <c>Bemiddelingspecificatie</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record BemiddelingspecificatieRecord
{
    /// <summary>Schema field <c>bemiddelingspecificatieID</c>.</summary>
    public required Guid BemiddelingspecificatieID { get; init; }

    /// <summary>The key of the bemiddeling it belongs to.</summary>
    public required Guid BemiddelingID { get; init; }

    /// <summary>Schema field <c>leveringsvorm</c>.</summary>
    public required string Leveringsvorm { get; init; }

    /// <summary>Schema field <c>zzpCode</c>.</summary>
    public required string ZzpCode { get; init; }

    /// <summary>Schema field <c>toewijzingIngangsdatum</c>.</summary>
    public required DateOnly ToewijzingIngangsdatum { get; init; }

    /// <summary>Schema field <c>toewijzingEinddatum</c>.</summary>
    public DateOnly? ToewijzingEinddatum { get; init; }

    /// <summary>Schema field <c>instelling</c>: the AGB code of the zorgaanbieder; it receives the *_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER notifications.</summary>
    public string? Instelling { get; init; }

    /// <summary>Schema field <c>uitvoerendZorgkantoor</c>: the UZOVI code of the executing zorgkantoor.</summary>
    public required string UitvoerendZorgkantoor { get; init; }

    /// <summary>Schema field <c>vaststellingMoment</c>.</summary>
    public required DateTimeOffset VaststellingMoment { get; init; }

    /// <summary>Schema field <c>percentage</c>.</summary>
    public int? Percentage { get; init; }

    /// <summary>Schema field <c>pgbPercentage</c>.</summary>
    public int? PgbPercentage { get; init; }

    /// <summary>Schema field <c>opname</c>.</summary>
    public string? Opname { get; init; }

    /// <summary>Schema field <c>redenIntrekking</c>.</summary>
    public string? RedenIntrekking { get; init; }

    /// <summary>Schema field <c>etmalen</c>.</summary>
    public string? Etmalen { get; init; }

    /// <summary>Schema field <c>instellingBestemming</c>.</summary>
    public string? InstellingBestemming { get; init; }

    /// <summary>Schema field <c>soortToewijzing</c>.</summary>
    public required string SoortToewijzing { get; init; }
}

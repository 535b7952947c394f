namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A Wlz-indicatie (schema type <c>WlzIndicatie</c>) in the simulated Indicatieregister of the CIZ, with everything it contains.</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record WlzIndicatieRecord
{
    /// <summary>Schema field <c>wlzindicatieID</c>: the technical key; a version 4 UUID.</summary>
    public required Guid WlzindicatieID { get; init; }

    /// <summary>Schema field <c>bsn</c>: the client's BSN. Seeded values pass the 11-proef and are fictional.</summary>
    public required string Bsn { get; init; }

    /// <summary>Schema field <c>besluitnummer</c>.</summary>
    public required int Besluitnummer { get; init; }

    /// <summary>Schema field <c>soortWlzindicatie</c>.</summary>
    public required string SoortWlzindicatie { get; init; }

    /// <summary>Schema field <c>afgiftedatum</c>.</summary>
    public required DateOnly Afgiftedatum { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>Schema field <c>meerzorg</c>.</summary>
    public string? Meerzorg { get; init; }

    /// <summary>Schema field <c>initieelVerantwoordelijkZorgkantoor</c>: the UZOVI code of the initially responsible zorgkantoor; it receives NIEUWE_INDICATIE_ZORGKANTOOR.</summary>
    public required string InitieelVerantwoordelijkZorgkantoor { get; init; }

    /// <summary>Schema field <c>vervaldatum</c>: the date the indicatie lapsed; setting it sends VERVALLEN_INDICATIE_ZORGKANTOOR.</summary>
    public DateOnly? Vervaldatum { get; init; }

    /// <summary>Schema field <c>grondslag</c>.</summary>
    public IReadOnlyList<GrondslagRecord>? Grondslag { get; init; }

    /// <summary>Schema field <c>geindiceerdZorgzwaartepakket</c>.</summary>
    public IReadOnlyList<GeindiceerdZorgzwaartepakketRecord>? GeindiceerdZorgzwaartepakket { get; init; }

    /// <summary>Schema field <c>beperking</c>.</summary>
    public IReadOnlyList<BeperkingRecord>? Beperking { get; init; }

    /// <summary>Schema field <c>stoornis</c>.</summary>
    public IReadOnlyList<StoornisRecord>? Stoornis { get; init; }

    /// <summary>Schema field <c>stoornisScore</c>.</summary>
    public IReadOnlyList<StoornisScoreRecord>? StoornisScore { get; init; }

    /// <summary>Schema field <c>wzd</c>.</summary>
    public WzdRecord? Wzd { get; init; }

    /// <summary>Schema field <c>client</c>: the client the indicatie is for.</summary>
    public required ClientRecord Client { get; init; }

    /// <summary>Schema field <c>commentaar</c>.</summary>
    public string? Commentaar { get; init; }
}

namespace IWlz.Client.Testing.Data.Leveringsregister;

/// <summary>A levering in the simulated Leveringsregister of a zorgaanbieder (schema type <c>Levering</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record LeveringRecord
{
    /// <summary>Schema field <c>leveringID</c>.</summary>
    public required Guid LeveringID { get; init; }

    /// <summary>The AGB code of the zorgaanbieder whose Leveringsregister holds this levering (not a schema field: it picks the register).</summary>
    public required string Aanbieder { get; init; }

    /// <summary>The client's key; the schema's <c>Levering.client</c> is built from it and <see cref="Bsn"/>.</summary>
    public required Guid ClientID { get; init; }

    /// <summary>Schema field <c>bsn</c>: the client's BSN.</summary>
    public required string Bsn { get; init; }

    /// <summary>Schema field <c>bemiddelingspecificatieID</c>: the bemiddelingspecificatie the levering belongs to.</summary>
    public required Guid BemiddelingspecificatieID { get; init; }
}

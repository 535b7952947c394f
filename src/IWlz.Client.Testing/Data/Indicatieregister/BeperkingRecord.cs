namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A beperking (schema type <c>Beperking</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record BeperkingRecord
{
    /// <summary>Schema field <c>beperkingID</c>.</summary>
    public required Guid BeperkingID { get; init; }

    /// <summary>Schema field <c>categorie</c>.</summary>
    public required string Categorie { get; init; }

    /// <summary>Schema field <c>duur</c>.</summary>
    public string? Duur { get; init; }

    /// <summary>Schema field <c>commentaar</c>.</summary>
    public string? Commentaar { get; init; }

    /// <summary>Schema field <c>beperkingScore</c>.</summary>
    public IReadOnlyList<BeperkingScoreRecord>? BeperkingScore { get; init; }
}

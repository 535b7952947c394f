namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A score of a beperking (schema type <c>BeperkingScore</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record BeperkingScoreRecord
{
    /// <summary>Schema field <c>beperkingScoreID</c>.</summary>
    public required Guid BeperkingScoreID { get; init; }

    /// <summary>Schema field <c>beperkingVraag</c>.</summary>
    public required string BeperkingVraag { get; init; }

    /// <summary>Schema field <c>beperkingScore</c>.</summary>
    public required string BeperkingScore { get; init; }

    /// <summary>Schema field <c>commentaar</c>.</summary>
    public string? Commentaar { get; init; }
}

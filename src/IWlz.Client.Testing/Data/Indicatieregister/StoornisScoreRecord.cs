namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A stoornis score (schema type <c>StoornisScore</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record StoornisScoreRecord
{
    /// <summary>Schema field <c>stoornisScoreID</c>.</summary>
    public required Guid StoornisScoreID { get; init; }

    /// <summary>Schema field <c>stoornisVraag</c>.</summary>
    public required string StoornisVraag { get; init; }

    /// <summary>Schema field <c>stoornisScore</c>.</summary>
    public required string StoornisScore { get; init; }

    /// <summary>Schema field <c>commentaar</c>.</summary>
    public string? Commentaar { get; init; }
}

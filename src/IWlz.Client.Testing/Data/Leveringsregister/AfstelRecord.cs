namespace IWlz.Client.Testing.Data.Leveringsregister;

/// <summary>An afstel (schema type <c>Afstel</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record AfstelRecord
{
    /// <summary>Schema field <c>afstelID</c>.</summary>
    public required Guid AfstelID { get; init; }

    /// <summary>The key of the levering.</summary>
    public required Guid LeveringID { get; init; }

    /// <summary>Schema field <c>afsteldatum</c>.</summary>
    public required DateOnly Afsteldatum { get; init; }

    /// <summary>Schema field <c>vaststellingMoment</c>.</summary>
    public required DateTimeOffset VaststellingMoment { get; init; }

    /// <summary>Schema field <c>reden</c>.</summary>
    public required string Reden { get; init; }

    /// <summary>Schema field <c>aanbiederBestemming</c>.</summary>
    public string? AanbiederBestemming { get; init; }
}

namespace IWlz.Client.Testing.Data.Leveringsregister;

/// <summary>A leveringperiode (schema type <c>Leveringperiode</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record LeveringperiodeRecord
{
    /// <summary>Schema field <c>leveringperiodeID</c>.</summary>
    public required Guid LeveringperiodeID { get; init; }

    /// <summary>The key of the levering.</summary>
    public required Guid LeveringID { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>vaststellingMoment</c>.</summary>
    public required DateTimeOffset VaststellingMoment { get; init; }

    /// <summary>Schema field <c>sleuteldatum</c>.</summary>
    public DateOnly? Sleuteldatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>Schema field <c>beeindigingReden</c>.</summary>
    public string? BeeindigingReden { get; init; }

    /// <summary>Schema field <c>aanbiederBestemming</c>.</summary>
    public string? AanbiederBestemming { get; init; }

    /// <summary>Schema field <c>behandelingperiodes</c>.</summary>
    public IReadOnlyList<BehandelingPeriodeRecord>? Behandelingperiodes { get; init; }
}

namespace IWlz.Client.Testing.Data.Leveringsregister;

/// <summary>A behandelingperiode within a leveringperiode (schema type <c>BehandelingPeriode</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record BehandelingPeriodeRecord
{
    /// <summary>Schema field <c>behandelingperiodeID</c>.</summary>
    public required Guid BehandelingperiodeID { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }
}

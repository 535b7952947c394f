namespace IWlz.Client.Testing.Data.Leveringsregister;

/// <summary>An uitstelperiode (schema type <c>Uitstelperiode</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record UitstelperiodeRecord
{
    /// <summary>Schema field <c>uitstelperiodeID</c>.</summary>
    public required Guid UitstelperiodeID { get; init; }

    /// <summary>The key of the levering.</summary>
    public required Guid LeveringID { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>vaststellingMoment</c>.</summary>
    public required DateTimeOffset VaststellingMoment { get; init; }

    /// <summary>Schema field <c>reden</c>.</summary>
    public required string Reden { get; init; }

    /// <summary>Schema field <c>leveringsstatus</c>.</summary>
    public required string Leveringsstatus { get; init; }

    /// <summary>Schema field <c>leveringsstatusClassificatie</c>.</summary>
    public required string LeveringsstatusClassificatie { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }
}

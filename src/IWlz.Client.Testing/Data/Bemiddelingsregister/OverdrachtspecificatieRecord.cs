namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>One specificatie of an overdracht (schema type <c>Overdrachtspecificatie</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record OverdrachtspecificatieRecord
{
    /// <summary>Schema field <c>overdrachtspecificatieID</c>.</summary>
    public required Guid OverdrachtspecificatieID { get; init; }

    /// <summary>The key of the overdracht.</summary>
    public required Guid OverdrachtID { get; init; }

    /// <summary>The key of the bemiddelingspecificatie it hands over.</summary>
    public required Guid BemiddelingspecificatieID { get; init; }

    /// <summary>Schema field <c>leveringsstatus</c>.</summary>
    public required string Leveringsstatus { get; init; }

    /// <summary>Schema field <c>leveringsstatusClassificatie</c>.</summary>
    public string? LeveringsstatusClassificatie { get; init; }

    /// <summary>Schema field <c>oorspronkelijkeToewijzingEinddatum</c>.</summary>
    public DateOnly? OorspronkelijkeToewijzingEinddatum { get; init; }
}

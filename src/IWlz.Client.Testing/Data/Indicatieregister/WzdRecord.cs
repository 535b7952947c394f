namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>The Wzd verklaring of an indicatie (schema type <c>Wzd</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record WzdRecord
{
    /// <summary>Schema field <c>wzdID</c>.</summary>
    public required Guid WzdID { get; init; }

    /// <summary>Schema field <c>wzdVerklaring</c>.</summary>
    public required string WzdVerklaring { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public DateOnly? Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }
}

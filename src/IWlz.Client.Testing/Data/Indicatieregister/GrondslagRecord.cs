namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A grondslag of a Wlz-indicatie (schema type <c>Grondslag</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record GrondslagRecord
{
    /// <summary>Schema field <c>grondslagID</c>.</summary>
    public required Guid GrondslagID { get; init; }

    /// <summary>Schema field <c>grondslag</c>.</summary>
    public required string Grondslag { get; init; }

    /// <summary>Schema field <c>volgorde</c>.</summary>
    public required int Volgorde { get; init; }
}

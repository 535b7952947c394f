namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A phone number (schema type <c>Telefoon</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record TelefoonRecord
{
    /// <summary>Schema field <c>telefoonID</c>.</summary>
    public required Guid TelefoonID { get; init; }

    /// <summary>Schema field <c>telefoonnummer</c>.</summary>
    public required string Telefoonnummer { get; init; }

    /// <summary>Schema field <c>landnummer</c>.</summary>
    public string? Landnummer { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }
}

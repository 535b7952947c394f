namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>A regiehouder (schema type <c>Regiehouder</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record RegiehouderRecord
{
    /// <summary>Schema field <c>regiehouderID</c>.</summary>
    public required Guid RegiehouderID { get; init; }

    /// <summary>The key of the bemiddeling it belongs to.</summary>
    public required Guid BemiddelingID { get; init; }

    /// <summary>Schema field <c>instelling</c>: the AGB code of the zorgaanbieder that holds the regie.</summary>
    public required string Instelling { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>Schema field <c>regierol</c>.</summary>
    public required string Regierol { get; init; }
}

namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>An e-mail address (schema type <c>Email</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record EmailRecord
{
    /// <summary>Schema field <c>emailID</c>.</summary>
    public required Guid EmailID { get; init; }

    /// <summary>Schema field <c>emailadres</c>.</summary>
    public required string Emailadres { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }
}

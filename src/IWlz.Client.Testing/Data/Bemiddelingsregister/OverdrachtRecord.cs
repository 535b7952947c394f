namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>An overdracht to a newly responsible zorgkantoor (schema type <c>Overdracht</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record OverdrachtRecord
{
    /// <summary>Schema field <c>overdrachtID</c>.</summary>
    public required Guid OverdrachtID { get; init; }

    /// <summary>The key of the bemiddeling that is handed over.</summary>
    public required Guid BemiddelingID { get; init; }

    /// <summary>Schema field <c>verantwoordelijkZorgkantoor</c>: the UZOVI code of the newly responsible zorgkantoor.</summary>
    public required string VerantwoordelijkZorgkantoor { get; init; }

    /// <summary>Schema field <c>overdrachtDatum</c>.</summary>
    public required DateOnly OverdrachtDatum { get; init; }

    /// <summary>Schema field <c>verhuisDatum</c>.</summary>
    public required DateOnly VerhuisDatum { get; init; }

    /// <summary>Schema field <c>vaststellingMoment</c>.</summary>
    public required DateTimeOffset VaststellingMoment { get; init; }
}

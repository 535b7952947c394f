namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>A bemiddeling (schema type <c>Bemiddeling</c>). It lives in the register of its <see cref="VerantwoordelijkZorgkantoor"/>.</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record BemiddelingRecord
{
    /// <summary>Schema field <c>bemiddelingID</c>.</summary>
    public required Guid BemiddelingID { get; init; }

    /// <summary>The key of the client (<see cref="ClientRecord.ClientID"/>).</summary>
    public required Guid ClientID { get; init; }

    /// <summary>Schema field <c>wlzIndicatieID</c>: the Wlz-indicatie the bemiddeling is based on.</summary>
    public required Guid WlzIndicatieID { get; init; }

    /// <summary>Schema field <c>verantwoordelijkZorgkantoor</c>: the UZOVI code of the responsible zorgkantoor: the bronhouder whose register holds this bemiddeling.</summary>
    public required string VerantwoordelijkZorgkantoor { get; init; }

    /// <summary>Schema field <c>verantwoordelijkheidIngangsdatum</c>.</summary>
    public required DateOnly VerantwoordelijkheidIngangsdatum { get; init; }

    /// <summary>Schema field <c>verantwoordelijkheidEinddatum</c>.</summary>
    public DateOnly? VerantwoordelijkheidEinddatum { get; init; }
}

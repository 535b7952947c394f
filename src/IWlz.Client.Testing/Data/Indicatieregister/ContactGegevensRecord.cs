namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>One set of contact data (Indicatieregister schema type <c>ContactGegevens</c>): an address, a phone number and/or an e-mail address.</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record ContactGegevensRecord
{
    /// <summary>Schema field <c>contactGegevensID</c>.</summary>
    public required Guid ContactGegevensID { get; init; }

    /// <summary>Schema field <c>adres</c>.</summary>
    public AdresRecord? Adres { get; init; }

    /// <summary>Schema field <c>telefoon</c>.</summary>
    public TelefoonRecord? Telefoon { get; init; }

    /// <summary>Schema field <c>email</c>.</summary>
    public EmailRecord? Email { get; init; }
}

namespace IWlz.Client.Testing.Data.Bemiddelingsregister;

/// <summary>A client in a simulated Bemiddelingsregister (schema type <c>Client</c>). A client is served by every zorgkantoor's register that holds a bemiddeling for it.</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record ClientRecord
{
    /// <summary>Schema field <c>clientID</c>.</summary>
    public required Guid ClientID { get; init; }

    /// <summary>Schema field <c>bsn</c>: the BSN. Seeded values pass the 11-proef and are fictional.</summary>
    public required string Bsn { get; init; }

    /// <summary>Schema field <c>leefeenheid</c>.</summary>
    public string? Leefeenheid { get; init; }

    /// <summary>Schema field <c>huisarts</c>.</summary>
    public string? Huisarts { get; init; }

    /// <summary>Schema field <c>communicatievorm</c>.</summary>
    public string? Communicatievorm { get; init; }

    /// <summary>Schema field <c>taal</c>.</summary>
    public string? Taal { get; init; }
}

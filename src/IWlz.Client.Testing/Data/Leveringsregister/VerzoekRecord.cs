namespace IWlz.Client.Testing.Data.Leveringsregister;

/// <summary>A verzoek (schema type <c>Verzoek</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record VerzoekRecord
{
    /// <summary>Schema field <c>verzoekID</c>.</summary>
    public required Guid VerzoekID { get; init; }

    /// <summary>The key of the levering.</summary>
    public required Guid LeveringID { get; init; }

    /// <summary>Schema field <c>verzoekdatum</c>.</summary>
    public required DateOnly Verzoekdatum { get; init; }

    /// <summary>Schema field <c>product</c>.</summary>
    public required string Product { get; init; }

    /// <summary>Schema field <c>toewijzingSoort</c>.</summary>
    public required string ToewijzingSoort { get; init; }

    /// <summary>Schema field <c>leveringsvorm</c>.</summary>
    public required string Leveringsvorm { get; init; }

    /// <summary>Schema field <c>volume</c>.</summary>
    public double? Volume { get; init; }

    /// <summary>Schema field <c>eenheid</c>.</summary>
    public string? Eenheid { get; init; }

    /// <summary>Schema field <c>frequentie</c>.</summary>
    public string? Frequentie { get; init; }

    /// <summary>Schema field <c>doelmatig</c>.</summary>
    public string? Doelmatig { get; init; }

    /// <summary>Schema field <c>toeslagreden</c>.</summary>
    public string? Toeslagreden { get; init; }

    /// <summary>Schema field <c>verantwoord</c>.</summary>
    public string? Verantwoord { get; init; }
}

namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>An indicated zorgzwaartepakket (schema type <c>GeindiceerdZorgzwaartepakket</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record GeindiceerdZorgzwaartepakketRecord
{
    /// <summary>Schema field <c>geindiceerdZorgzwaartepakketID</c>.</summary>
    public required Guid GeindiceerdZorgzwaartepakketID { get; init; }

    /// <summary>Schema field <c>zzpCode</c>.</summary>
    public required string ZzpCode { get; init; }

    /// <summary>Schema field <c>ingangsdatum</c>.</summary>
    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Schema field <c>einddatum</c>.</summary>
    public DateOnly? Einddatum { get; init; }

    /// <summary>Schema field <c>voorkeurClient</c>.</summary>
    public string? VoorkeurClient { get; init; }

    /// <summary>Schema field <c>instellingVoorkeur</c>.</summary>
    public string? InstellingVoorkeur { get; init; }

    /// <summary>Schema field <c>financiering</c>.</summary>
    public required string Financiering { get; init; }

    /// <summary>Schema field <c>commentaar</c>.</summary>
    public string? Commentaar { get; init; }
}

namespace IWlz.Client.Testing.Data.Leveringsregister;

/// <summary>The part of a verzoek meant for one zorgaanbieder (schema type <c>VerzoekAanbieder</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record VerzoekAanbiederRecord
{
    /// <summary>Schema field <c>verzoekAanbiederID</c>.</summary>
    public required Guid VerzoekAanbiederID { get; init; }

    /// <summary>The key of the verzoek.</summary>
    public required Guid VerzoekID { get; init; }

    /// <summary>Schema field <c>aanbieder</c>: the AGB code of the zorgaanbieder the verzoek is meant for.</summary>
    public required string Aanbieder { get; init; }

    /// <summary>Schema field <c>toewijzingIngangsdatum</c>.</summary>
    public required DateOnly ToewijzingIngangsdatum { get; init; }

    /// <summary>Schema field <c>toewijzingEinddatum</c>.</summary>
    public DateOnly? ToewijzingEinddatum { get; init; }

    /// <summary>Schema field <c>toewijzingPercentage</c>.</summary>
    public required int ToewijzingPercentage { get; init; }

    /// <summary>Schema field <c>opname</c>.</summary>
    public string? Opname { get; init; }

    /// <summary>Schema field <c>regiehouder</c>.</summary>
    public required string Regiehouder { get; init; }
}

namespace IWlz.Client.Testing.Data.Indicatieregister;

/// <summary>A stoornis (schema type <c>Stoornis</c>).</summary>
/// <remarks>Each property carries the schema field of the same name (first letter lower-case). Change a record with a <c>with</c> expression and save it through <see cref="SimulatedData"/>.</remarks>
public sealed record StoornisRecord
{
    /// <summary>Schema field <c>stoornisID</c>.</summary>
    public required Guid StoornisID { get; init; }

    /// <summary>Schema field <c>grondslag</c>.</summary>
    public required string Grondslag { get; init; }

    /// <summary>Schema field <c>diagnoseCodelijst</c>.</summary>
    public required string DiagnoseCodelijst { get; init; }

    /// <summary>Schema field <c>diagnoseSubCodelijst</c>.</summary>
    public string? DiagnoseSubCodelijst { get; init; }

    /// <summary>Schema field <c>ziektebeeldStoornis</c>.</summary>
    public required string ZiektebeeldStoornis { get; init; }

    /// <summary>Schema field <c>prognose</c>.</summary>
    public string? Prognose { get; init; }

    /// <summary>Schema field <c>commentaar</c>.</summary>
    public string? Commentaar { get; init; }
}

// TEMPORARY: see TemplateOperations.cs.
using System.Text.Json.Serialization;

namespace IWlz.Client.IntegrationTests.Operations;

internal sealed class Qbr0001ZaVariables
{
    [JsonPropertyName("BemiddelingspecificatieID")]
    public Guid BemiddelingspecificatieID { get; set; }

    [JsonPropertyName("Instelling")]
    public string Instelling { get; set; } = string.Empty;
}

internal sealed class Qbr0001ZaData
{
    [JsonPropertyName("bemiddelingspecificatie")]
    public List<Bemiddelingspecificatie> Bemiddelingspecificatie { get; set; } = [];
}

internal sealed class Bemiddelingspecificatie
{
    [JsonPropertyName("bemiddelingspecificatieID")]
    public Guid BemiddelingspecificatieID { get; set; }

    [JsonPropertyName("zzpCode")]
    public string? ZzpCode { get; set; }

    [JsonPropertyName("toewijzingIngangsdatum")]
    public DateOnly ToewijzingIngangsdatum { get; set; }

    [JsonPropertyName("toewijzingEinddatum")]
    public DateOnly? ToewijzingEinddatum { get; set; }

    [JsonPropertyName("instelling")]
    public string? Instelling { get; set; }

    [JsonPropertyName("uitvoerendZorgkantoor")]
    public string? UitvoerendZorgkantoor { get; set; }

    [JsonPropertyName("vaststellingMoment")]
    public DateTimeOffset VaststellingMoment { get; set; }

    [JsonPropertyName("bemiddeling")]
    public Bemiddeling? Bemiddeling { get; set; }
}

internal sealed class Bemiddeling
{
    [JsonPropertyName("bemiddelingID")]
    public Guid BemiddelingID { get; set; }

    [JsonPropertyName("wlzIndicatieID")]
    public Guid WlzIndicatieID { get; set; }

    [JsonPropertyName("verantwoordelijkZorgkantoor")]
    public string? VerantwoordelijkZorgkantoor { get; set; }

    [JsonPropertyName("client")]
    public BemiddelingClient? Client { get; set; }
}

internal sealed class BemiddelingClient
{
    [JsonPropertyName("clientID")]
    public Guid ClientID { get; set; }

    [JsonPropertyName("bsn")]
    public string? Bsn { get; set; }
}

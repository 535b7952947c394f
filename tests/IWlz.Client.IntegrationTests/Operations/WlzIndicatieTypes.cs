// TEMPORARY: see TemplateOperations.cs.
using System.Text.Json.Serialization;

namespace IWlz.Client.IntegrationTests.Operations;

internal sealed class Qir0004ZkuVariables
{
    [JsonPropertyName("wlzIndicatieID")]
    public Guid WlzIndicatieID { get; set; }
}

internal sealed class Qir0001ZkiVariables
{
    [JsonPropertyName("wlzIndicatieID")]
    public Guid WlzIndicatieID { get; set; }

    [JsonPropertyName("initieelVerantwoordelijkZorgkantoor")]
    public string InitieelVerantwoordelijkZorgkantoor { get; set; } = string.Empty;
}

/// <summary>The result of QIR-0001-ZKi and QIR-0004-ZKu: both select <c>wlzIndicatie</c>.</summary>
internal sealed class WlzIndicatieData
{
    [JsonPropertyName("wlzIndicatie")]
    public List<WlzIndicatie> WlzIndicatie { get; set; } = [];
}

internal sealed class WlzIndicatie
{
    [JsonPropertyName("wlzindicatieID")]
    public Guid WlzindicatieID { get; set; }

    [JsonPropertyName("bsn")]
    public string? Bsn { get; set; }

    [JsonPropertyName("besluitnummer")]
    public int Besluitnummer { get; set; }

    [JsonPropertyName("ingangsdatum")]
    public DateOnly Ingangsdatum { get; set; }

    [JsonPropertyName("initieelVerantwoordelijkZorgkantoor")]
    public string? InitieelVerantwoordelijkZorgkantoor { get; set; }

    [JsonPropertyName("grondslag")]
    public List<Grondslag>? Grondslag { get; set; }

    [JsonPropertyName("client")]
    public IndicatieClient? Client { get; set; }
}

internal sealed class Grondslag
{
    [JsonPropertyName("grondslag")]
    public string? Code { get; set; }

    [JsonPropertyName("volgorde")]
    public int? Volgorde { get; set; }
}

internal sealed class IndicatieClient
{
    [JsonPropertyName("clientID")]
    public Guid ClientID { get; set; }

    [JsonPropertyName("bsn")]
    public string? Bsn { get; set; }

    [JsonPropertyName("geboorteDatum")]
    public DateOnly GeboorteDatum { get; set; }

    [JsonPropertyName("geslachtsnaam")]
    public string? Geslachtsnaam { get; set; }
}

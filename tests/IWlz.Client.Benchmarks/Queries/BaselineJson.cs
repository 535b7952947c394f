using System.Text.Json.Serialization;

namespace IWlz.Client.Benchmarks.Queries;

// The hand-written baseline: plain DTOs of the same JSON, read and written by System.Text.Json source generation.
// Names follow the GraphQL fields (camelCase); types are those a careful developer would pick by hand.
#pragma warning disable CA1002, CA1819, CA2227 // DTOs with settable lists are what the baseline's author would write.

/// <summary>The GraphQL request body.</summary>
internal sealed class BaselineRequest<TVariables>
{
    public required string Query { get; init; }

    public required string OperationName { get; init; }

    public required TVariables Variables { get; init; }
}

internal sealed class QbrVariables
{
    [JsonPropertyName("BemiddelingspecificatieID")]
    public Guid BemiddelingspecificatieID { get; set; }

    [JsonPropertyName("Instelling")]
    public string Instelling { get; set; } = "";
}

internal sealed class QirVariables
{
    public Guid WlzIndicatieID { get; set; }

    public string InitieelVerantwoordelijkZorgkantoor { get; set; } = "";
}

internal sealed class GraphQLEnvelope<TData>
{
    public TData? Data { get; set; }

    public List<BaselineError>? Errors { get; set; }
}

public sealed class BaselineError
{
    public string Message { get; set; } = "";

    public List<BaselineLocation>? Locations { get; set; }

    public List<System.Text.Json.JsonElement>? Path { get; set; }

    public BaselineErrorExtensions? Extensions { get; set; }
}

public sealed class BaselineLocation
{
    public int Line { get; set; }

    public int Column { get; set; }
}

public sealed class BaselineErrorExtensions
{
    public string? Code { get; set; }
}

public sealed class QbrData
{
    public List<Bemiddelingspecificatie> Bemiddelingspecificatie { get; set; } = [];
}

public sealed class Bemiddelingspecificatie
{
    public Guid BemiddelingspecificatieID { get; set; }
    public string Leveringsvorm { get; set; } = "";
    public string ZzpCode { get; set; } = "";
    public DateOnly ToewijzingIngangsdatum { get; set; }
    public DateOnly? ToewijzingEinddatum { get; set; }
    public string? Instelling { get; set; }
    public string UitvoerendZorgkantoor { get; set; } = "";
    public DateTimeOffset VaststellingMoment { get; set; }
    public int? Percentage { get; set; }
    public string? Opname { get; set; }
    public string? RedenIntrekking { get; set; }
    public string? Etmalen { get; set; }
    public string? InstellingBestemming { get; set; }
    public string SoortToewijzing { get; set; } = "";
    public Bemiddeling Bemiddeling { get; set; } = new();
}

public sealed class Bemiddeling
{
    public Guid BemiddelingID { get; set; }
    public Guid WlzIndicatieID { get; set; }
    public string VerantwoordelijkZorgkantoor { get; set; } = "";
    public DateOnly VerantwoordelijkheidIngangsdatum { get; set; }
    public DateOnly? VerantwoordelijkheidEinddatum { get; set; }
    public BemiddelingClient Client { get; set; } = new();
}

public sealed class BemiddelingClient
{
    public string Bsn { get; set; } = "";
    public Guid ClientID { get; set; }
    public string? Taal { get; set; }
    public string? Communicatievorm { get; set; }
    public string? Huisarts { get; set; }
    public string? Leefeenheid { get; set; }
}

public sealed class QirData
{
    public List<WlzIndicatie> WlzIndicatie { get; set; } = [];
}

public sealed class WlzIndicatie
{
    public Guid WlzindicatieID { get; set; }
    public string Bsn { get; set; } = "";
    public int Besluitnummer { get; set; }
    public string SoortWlzindicatie { get; set; } = "";
    public DateOnly Afgiftedatum { get; set; }
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
    public string? Meerzorg { get; set; }
    public string InitieelVerantwoordelijkZorgkantoor { get; set; } = "";
    public DateOnly? Vervaldatum { get; set; }
    public string? Commentaar { get; set; }
    public List<Grondslag> Grondslag { get; set; } = [];
    public List<GeindiceerdZorgzwaartepakket> GeindiceerdZorgzwaartepakket { get; set; } = [];
    public List<Beperking> Beperking { get; set; } = [];
    public List<Stoornis> Stoornis { get; set; } = [];
    public List<StoornisScore> StoornisScore { get; set; } = [];
    public Wzd? Wzd { get; set; }
    public IndicatieClient Client { get; set; } = new();
}

public sealed class Grondslag
{
    public Guid GrondslagID { get; set; }
    [JsonPropertyName("grondslag")]
    public string Waarde { get; set; } = "";
    public int Volgorde { get; set; }
}

public sealed class GeindiceerdZorgzwaartepakket
{
    public Guid GeindiceerdZorgzwaartepakketID { get; set; }
    public string ZzpCode { get; set; } = "";
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
    public string? VoorkeurClient { get; set; }
    public string? InstellingVoorkeur { get; set; }
    public string Financiering { get; set; } = "";
    public string? Commentaar { get; set; }
}

public sealed class Beperking
{
    public Guid BeperkingID { get; set; }
    public string Categorie { get; set; } = "";
    public string? Duur { get; set; }
    public string? Commentaar { get; set; }
    public List<BeperkingScore> BeperkingScore { get; set; } = [];
}

public sealed class BeperkingScore
{
    public Guid BeperkingScoreID { get; set; }
    public string BeperkingVraag { get; set; } = "";
    [JsonPropertyName("beperkingScore")]
    public string Score { get; set; } = "";
    public string? Commentaar { get; set; }
}

public sealed class Stoornis
{
    public Guid StoornisID { get; set; }
    public string Grondslag { get; set; } = "";
    public string DiagnoseCodelijst { get; set; } = "";
    public string? DiagnoseSubCodelijst { get; set; }
    public string ZiektebeeldStoornis { get; set; } = "";
    public string? Prognose { get; set; }
    public string? Commentaar { get; set; }
}

public sealed class StoornisScore
{
    public Guid StoornisScoreID { get; set; }
    public string StoornisVraag { get; set; } = "";
    [JsonPropertyName("stoornisScore")]
    public string Score { get; set; } = "";
    public string? Commentaar { get; set; }
}

public sealed class Wzd
{
    public Guid WzdID { get; set; }
    public string WzdVerklaring { get; set; } = "";
    public DateOnly? Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
}

public sealed class IndicatieClient
{
    public Guid ClientID { get; set; }
    public string Bsn { get; set; } = "";
    public string GeheimeClient { get; set; } = "";
    public DateOnly GeboorteDatum { get; set; }
    public string? GeboortedatumGebruik { get; set; }
    public string Geslacht { get; set; } = "";
    public string? BurgerlijkeStaat { get; set; }
    public string Geslachtsnaam { get; set; } = "";
    public string? VoorvoegselGeslachtsnaam { get; set; }
    public string? Partnernaam { get; set; }
    public string? VoorvoegselPartnernaam { get; set; }
    public string? Voornamen { get; set; }
    public string? Roepnaam { get; set; }
    public string? Voorletters { get; set; }
    public string NaamGebruik { get; set; } = "";
    public string? Leefeenheid { get; set; }
    public string? AgbcodeHuisarts { get; set; }
    public string? CommunicatieVorm { get; set; }
    public string? Taal { get; set; }
    public string? Commentaar { get; set; }
    public List<ContactGegevens> ContactGegevens { get; set; } = [];
    public List<ContactPersoon> ContactPersoon { get; set; } = [];
}

public sealed class ContactPersoon
{
    public Guid ContactPersoonID { get; set; }
    public string RelatieNummer { get; set; } = "";
    public int? Volgorde { get; set; }
    public string SoortRelatie { get; set; } = "";
    public string? Rol { get; set; }
    public string? Relatie { get; set; }
    public string? Voornamen { get; set; }
    public string? Roepnaam { get; set; }
    public string? Voorletters { get; set; }
    public string? Geslachtsnaam { get; set; }
    public string? VoorvoegselGeslachtsnaam { get; set; }
    public string? Partnernaam { get; set; }
    public string? VoorvoegselPartnernaam { get; set; }
    public string? NaamGebruik { get; set; }
    public string? Geslacht { get; set; }
    public DateOnly? GeboorteDatum { get; set; }
    public string? GeboortedatumGebruik { get; set; }
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
    public List<ContactGegevens> ContactGegevens { get; set; } = [];
}

public sealed class ContactGegevens
{
    public Guid ContactGegevensID { get; set; }
    public Adres? Adres { get; set; }
    public Email? Email { get; set; }
    public Telefoon? Telefoon { get; set; }
}

public sealed class Adres
{
    public Guid AdresID { get; set; }
    public string AdresSoort { get; set; } = "";
    public string? Straatnaam { get; set; }
    public int? Huisnummer { get; set; }
    public string? HuisnummerToevoeging { get; set; }
    public string? Postcode { get; set; }
    public string? Plaatsnaam { get; set; }
    public string? LandCode { get; set; }
    public string? AanduidingWoonadres { get; set; }
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
}

public sealed class Email
{
    public Guid EmailID { get; set; }
    public string Emailadres { get; set; } = "";
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
}

public sealed class Telefoon
{
    public Guid TelefoonID { get; set; }
    public string Telefoonnummer { get; set; } = "";
    public string? Landnummer { get; set; }
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
}

/// <summary>System.Text.Json source generation for the baseline (no reflection at run time).</summary>
// Case-sensitive camelCase names, as the GraphQL answer is written; nulls are written, as GraphQL writes them.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(BaselineRequest<QbrVariables>))]
[JsonSerializable(typeof(BaselineRequest<QirVariables>))]
[JsonSerializable(typeof(GraphQLEnvelope<QbrData>))]
[JsonSerializable(typeof(GraphQLEnvelope<QirData>))]
[JsonSerializable(typeof(GraphQLEnvelope<System.Text.Json.JsonElement>))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
#pragma warning restore CA1002, CA1819, CA2227

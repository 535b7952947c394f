using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Tokens;

/// <summary>The scopes simulated nID knows, and which role may ask for which.</summary>
internal static class Scopes
{
    public const string IndicatieRead = "registers/wlzindicatieregister/indicaties/indicatie:read";
    public const string IndicatieReadLegacy = "registers/wlzindicatieregister/indicaties:read";
    public const string BemiddelingRead = "registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read";
    public const string BemiddelingReadLegacy = "registers/wlzbemiddelingsregister/bemiddelingen:read";
    public const string BemiddelingCreate = "registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create";
    public const string LeveringRead = "registers/leveringsregister/leveringen/levering:read";

    public static string Notificatie(string organisationType) => $"organisaties/{organisationType}/notificaties/notificatie:create";

    public static string Melding(string organisationType) => $"organisaties/{organisationType}/meldingen/melding:create";

    /// <summary>The organisation type in scope paths and the <c>instantie_type</c> claim.</summary>
    public static string OrganisationType(PartyRole role) => role switch
    {
        PartyRole.Zorgaanbieder => "zorgaanbieder",
        PartyRole.Zorgkantoor => "zorgkantoor",
        _ => "indicatieorgaan",
    };

    /// <summary>The organisation type that goes with a netwerkpunt ID type (<c>ontvangerIDType</c>).</summary>
    public static string? OrganisationTypeOfIdType(string? idType) => idType switch
    {
        "AGB" => "zorgaanbieder",
        "UZOVI" => "zorgkantoor",
        "KVK" => "indicatieorgaan",
        _ => null,
    };

    public static IReadOnlySet<string> AllowedFor(PartyRole role)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            IndicatieRead, IndicatieReadLegacy, BemiddelingRead, BemiddelingReadLegacy, LeveringRead,
            Melding("zorgaanbieder"), Melding("zorgkantoor"), Melding("indicatieorgaan"),
            Notificatie("zorgkantoor"),
        };
        if (role != PartyRole.Ciz)
        {
            allowed.Add(Notificatie("zorgaanbieder"));
        }

        if (role == PartyRole.Zorgkantoor)
        {
            allowed.Add(BemiddelingCreate);
        }

        return allowed;
    }
}

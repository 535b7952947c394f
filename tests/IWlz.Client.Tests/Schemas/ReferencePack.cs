namespace IWlz.Client.Tests.Schemas;

/// <summary>
/// Where each schema and shipped template sits in the published iWlz reference pack, and the
/// corrections the SDK applies to templates that are invalid upstream. The pack itself is never
/// part of the repository; <see cref="ReferencePackFactAttribute"/> tests read it only when the
/// <c>IWLZ_REFERENCE_DIR</c> environment variable points at a copy.
/// </summary>
internal static class ReferencePack
{
    public const string DirectoryVariable = "IWLZ_REFERENCE_DIR";

    /// <summary>Set to <c>1</c> to (re)write the fixtures from the reference pack instead of comparing.</summary>
    public const string UpdateVariable = "IWLZ_UPDATE_FIXTURES";

    public static string? Directory => Environment.GetEnvironmentVariable(DirectoryVariable);

    public static bool UpdateFixtures => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Client name → schema path inside the pack.</summary>
    public static readonly IReadOnlyDictionary<string, string> Schemas = new Dictionary<string, string>
    {
        ["Indicatieregister"] = "schemas/indicatieregister/1.6.4/Indicatieregister.graphql",
        ["Bemiddelingsregister"] = "schemas/bemiddelingsregister/1.1.0/Bemiddelingregister.graphql",
        ["Leveringsregister"] = "schemas/leveringsregister/rc1/Leveringsregister.graphql",
        ["Netwerkpunt"] = "schemas/netwerkpunt/1.1/netwerkpunt.graphql",
    };

    /// <summary>A shipped template: where it comes from and which textual corrections make it valid.</summary>
    public sealed record Template(string TemplateId, string PackPath, params (string Find, string Replace)[] Corrections);

    public static readonly IReadOnlyList<Template> Templates =
    [
        new("QIR-0001-ZKi", "operations/indicatieregister/QIR-0001-ZKi.graphql"),
        new("QIR-0004-ZKu", "operations/indicatieregister/next/QIR-0004-ZKu.graphql"),
        new("QBR-0001-ZA", "operations/bemiddelingsregister/QBR-0001-ZA.graphql"),
        new("QBR-0002-ZA", "operations/bemiddelingsregister/QBR-0002-ZA.graphql"),
        new("QBR-0003-ZA", "operations/bemiddelingsregister/QBR-0003-ZA.graphql"),
        new("QBR-0004-ZKu", "operations/bemiddelingsregister/QBR-0004-ZKu.graphql"),
        new("QBR-0005-ZKu", "operations/bemiddelingsregister/QBR-0005-ZKu.graphql"),
        new("QBR-0006-ZKu", "operations/bemiddelingsregister/QBR-0006-ZKu.graphql"),
        new("QBR-0007-ZKn", "operations/bemiddelingsregister/QBR-0007-ZKn.graphql"),
        new("QBR-0008-ZKn", "operations/bemiddelingsregister/QBR-0008-ZKn.graphql"),
        new("QBR-0009-ZAr", "operations/bemiddelingsregister/QBR-0009-ZAr.graphql"),
        new("QBR-0010-CIZ", "operations/bemiddelingsregister/QBR-0010-CIZ.graphql"),
        new("QLR-0001_1-ZA", "operations/leveringsregister/QLR-0001_1-ZA.graphql"),
        new("QLR-0001_2-ZA", "operations/leveringsregister/QLR-0001_2_ZA.graphql"),
        new(
            "QLR-0002-ZA",
            "operations/leveringsregister/QLR-0002-ZA.graphql",
            ("\nQuery VerzoekAanbieder(", "\nquery VerzoekAanbieder("),
            ("{eq: $bemiddelingspecificatieID}", "{eq: $verzoekAanbiederID}")),
        new("QLR-0003-ZK", "operations/leveringsregister/QLR-0003-ZK.graphql"),
        new(
            "QLR-0004-ZK",
            "operations/leveringsregister/QLR-0004-ZK.graphql",
            ("\nQuery Verzoek(", "\nquery Verzoek(")),
        new("QLR-0006-ZK", "operations/leveringsregister/QLR-0006-ZK.graphql"),
        new("QLR-0007-ZK", "operations/leveringsregister/QLR-0007-ZK.graphql"),
        new(
            "QLR-0009-ZK",
            "operations/leveringsregister/QLR-0009-ZK.graphql",
            ("    $uitvoerendzorgkantoor: String!\n", string.Empty),
            ("    $bemiddelingspecificatieIDEigen: UUID!\n", string.Empty),
            ("    $vaststellingMoment: DateTime!\n", string.Empty),
            ("    $dagVaststellingMoment: Date!\n", string.Empty),
            ("    $toewijzingEinddatum: Date!\n", string.Empty)),
        new(
            "zendNotificatie",
            "operations/netwerkpunt/zendNotificatie.graphql",
            ("  $ontvangerIDType: IDTypeEnum!\n", "  $ontvangerIDType: IDTypeEnum!\n  $ontvangerKenmerk: String\n"),
            ("      ontvangerIDType: $ontvangerIDType\n", "      ontvangerIDType: $ontvangerIDType\n      ontvangerKenmerk: $ontvangerKenmerk\n")),
        new("zendMelding", "operations/netwerkpunt/zendMelding.graphql"),
    ];
}

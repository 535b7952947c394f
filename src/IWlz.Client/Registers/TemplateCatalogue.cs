using System.Collections.Frozen;
using IWlz.Client.GraphQL;
using IWlz.Client.Notifications;

namespace IWlz.Client.Registers;

/// <summary>
/// The operation templates the SDK ships, one per published template that is valid (or could be
/// corrected faithfully) against the register version the SDK supports. The operation documents
/// are in <c>src/IWlz.Client/Schemas</c>; docs/spec-decisions.md lists the templates left out and why.
/// </summary>
public static class TemplateCatalogue
{
    private const string Ir = "IR-2";
    private const string IrSchema = "1.6.4";
    private const string Br = "BR-1";
    private const string BrSchema = "1.1.0";
    private const string Lr = "LR-1";
    private const string LrSchema = "RC1";

    private static readonly TemplateDescriptor[] Templates =
    [
        Query("QIR-0001-ZKi", IWlzRegister.Indicatieregister, Ir, IrSchema, TemplateRole.InitieelVerantwoordelijkZorgkantoor,
            "WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoor", "wlzIndicatie", IDType.UZOVI,
            Input("wlzIndicatieID", "UUID!"), OwnIdentity("initieelVerantwoordelijkZorgkantoor")),
        Query("QIR-0004-ZKu", IWlzRegister.Indicatieregister, Ir, IrSchema, TemplateRole.UitvoerendZorgkantoor,
            "WlzIndicatieVoorUitvoerendZorgkantoor", "wlzIndicatie", null,
            Input("wlzIndicatieID", "UUID!")),

        Query("QBR-0001-ZA", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.Zorgaanbieder,
            "BemiddelingspecificatieVoorZorgaanbieder", "bemiddelingspecificatie", IDType.AGB,
            Input("BemiddelingspecificatieID", "UUID!"), OwnIdentity("Instelling")),
        Query("QBR-0002-ZA", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.Zorgaanbieder,
            "BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatum", "bemiddelingspecificatie", IDType.AGB,
            Input("BemiddelingspecificatieID", "UUID!"), OwnIdentity("Instelling"),
            Input("ToewijzingIngangsdatum", "Date!"), Input("ToewijzingEinddatum", "Date!"),
            Derived("ToewijzingEinddatum2Jaar", DerivedDateRule.PlusTwoYears, "ToewijzingEinddatum"),
            Derived("ToewijzingEinddatum31Mei", DerivedDateRule.ThirtyFirstOfMayNextYear, "ToewijzingEinddatum")),
        Query("QBR-0003-ZA", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.Zorgaanbieder,
            "BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatum", "bemiddelingspecificatie", IDType.AGB,
            Input("BemiddelingspecificatieID", "UUID!"), OwnIdentity("Instelling"), Input("ToewijzingIngangsdatum", "Date!")),
        Query("QBR-0004-ZKu", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.UitvoerendZorgkantoor,
            "BemiddelingspecificatieVoorUitvoerendZorgkantoor", "bemiddelingspecificatie", IDType.UZOVI,
            Input("bemiddelingspecificatieId", "UUID!"), OwnIdentity("uitvoerendZorgkantoor")),
        Query("QBR-0005-ZKu", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.UitvoerendZorgkantoor,
            "BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatum", "bemiddelingspecificatie", IDType.UZOVI,
            Input("BemiddelingspecificatieID", "UUID!"), OwnIdentity("UitvoerendZorgkantoor"),
            Input("ToewijzingIngangsdatum", "Date!"), Input("ToewijzingEinddatum", "Date!"),
            Derived("ToewijzingEinddatum2Jaar", DerivedDateRule.PlusTwoYears, "ToewijzingEinddatum"),
            Derived("ToewijzingEinddatum31Mei", DerivedDateRule.ThirtyFirstOfMayNextYear, "ToewijzingEinddatum")),
        Query("QBR-0006-ZKu", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.UitvoerendZorgkantoor,
            "BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatum", "bemiddelingspecificatie", IDType.UZOVI,
            Input("bemiddelingspecificatieId", "UUID!"), OwnIdentity("uitvoerendZorgkantoor"), Input("ToewijzingIngangsdatum", "Date!")),
        Query("QBR-0007-ZKn", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.NieuwVerantwoordelijkZorgkantoor,
            "OverdrachtVoorNieuwVerantwoordelijkZorgkantoor", "overdracht", IDType.UZOVI,
            Input("overdrachtID", "UUID!"), OwnIdentity("verantwoordelijkZorgkantoor")),
        Query("QBR-0008-ZKn", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.NieuwVerantwoordelijkZorgkantoor,
            "OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoor", "overdracht", IDType.UZOVI,
            Input("overdrachtID", "UUID!"), OwnIdentity("verantwoordelijkZorgkantoor"), Input("overdrachtDatum", "Date!")),
        Query("QBR-0009-ZAr", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.Regiehouder,
            "RegiehouderVoorZorgaanbieder", "regiehouder", IDType.AGB,
            Input("regiehouderID", "UUID!"), OwnIdentity("Instelling")),
        Query("QBR-0010-CIZ", IWlzRegister.Bemiddelingsregister, Br, BrSchema, TemplateRole.Ciz,
            "BemiddelingVoorCiz", "bemiddeling", null,
            Input("wlzIndicatieID", "UUID!")),

        Query("QLR-0001_1-ZA", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.Zorgaanbieder,
            "LeveringInformatiefVoorZorgaanbiederMetEinddatum", "levering", null,
            Input("bemiddelingspecificatieIDInformatief", "UUID!")),
        Query("QLR-0001_2-ZA", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.Zorgaanbieder,
            "LeveringInformatiefVoorZorgaanbiederZonderEinddatum", "levering", null,
            Input("bemiddelingspecificatieIDInformatief", "UUID!")),
        Query("QLR-0002-ZA", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.Zorgaanbieder,
            "VerzoekAanbiederVoorZorgaanbieder", "verzoekAanbieder", IDType.AGB,
            Input("verzoekAanbiederID", "UUID!"), OwnIdentity("aanbieder"))
            .WithCorrection("Keyword 'Query' written as 'query'; the filter uses the declared $verzoekAanbiederID instead of the undeclared $bemiddelingspecificatieID."),
        Query("QLR-0003-ZK", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.Zorgkantoor,
            "LeveringVoorZorgkantoor", "levering", null,
            Input("bemiddelingspecificatieID", "UUID!")),
        Query("QLR-0004-ZK", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.Zorgkantoor,
            "VerzoekVoorZorgkantoor", "verzoek", null,
            Input("verzoekID", "UUID!"))
            .WithCorrection("Keyword 'Query' written as 'query'."),
        Query("QLR-0006-ZK", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.Zorgkantoor,
            "LeveringperiodeVoorZorgkantoor", "leveringperiode", null,
            Input("leveringperiodeID", "UUID!")),
        Query("QLR-0007-ZK", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.Zorgkantoor,
            "UitstelperiodeVoorZorgkantoor", "uitstelperiode", null,
            Input("uitstelperiodeID", "UUID!")),
        Query("QLR-0009-ZK", IWlzRegister.Leveringsregister, Lr, LrSchema, TemplateRole.UitvoerendZorgkantoor,
            "LeveringInformatiefVoorUitvoerendZorgkantoor", "levering", null,
            Input("bemiddelingspecificatieIDInformatief", "UUID!"))
            .WithCorrection("The five declared but unused variables ($uitvoerendzorgkantoor, $bemiddelingspecificatieIDEigen, $vaststellingMoment, $dagVaststellingMoment, $toewijzingEinddatum) are left out, as QLR-0001_1/_2 do."),

        Mutation("zendNotificatie", "zendNotificatie", "zendNotificatie",
            OwnIdentity("afzenderID"), Input("afzenderIDType", "IDTypeEnum!"), Input("eventType", "String!"),
            Input("ontvangerID", "String!"), Input("ontvangerIDType", "IDTypeEnum!"), Input("ontvangerKenmerk", "String"),
            Input("timestamp", "DateTime!"), Input("subjectList", "[SubjectEntityInput!]!"))
            .WithCorrection("Declares the optional $ontvangerKenmerk, which the published example omits."),
        Mutation("zendMelding", "zendMelding", "zendMelding",
            Input("timestamp", "DateTime!"), Input("afzenderIDType", "IDTypeEnum!"), OwnIdentity("afzenderID"),
            Input("ontvangerIDType", "IDTypeEnum!"), Input("ontvangerID", "String!"), Input("ontvangerKenmerk", "String"),
            Input("eventType", "String!"), Input("subjectList", "[SubjectEntityInput!]!")),
    ];

    private static readonly FrozenDictionary<string, TemplateDescriptor> ById =
        Templates.ToFrozenDictionary(t => t.TemplateId, StringComparer.OrdinalIgnoreCase);

    /// <summary>All shipped templates, grouped by register.</summary>
    public static IReadOnlyList<TemplateDescriptor> All => Templates;

    /// <summary>Finds a template by ID, in any letter case.</summary>
    /// <param name="templateId">The template ID, such as <c>QBR-0001-ZA</c> or <c>zendNotificatie</c>.</param>
    /// <returns>The template, or <see langword="null"/> when the SDK does not ship it.</returns>
    public static TemplateDescriptor? Find(string? templateId) =>
        templateId is not null && ById.TryGetValue(templateId.Trim(), out var template) ? template : null;

    /// <summary>The shipped templates of one register.</summary>
    /// <param name="register">The register.</param>
    /// <returns>Its templates in catalogue order.</returns>
    public static IReadOnlyList<TemplateDescriptor> ForRegister(IWlzRegister register) =>
        [.. Templates.Where(t => t.Register == register)];

    private static TemplateVariable Input(string name, string type) => new(name, type, TemplateVariableKind.Input);

    private static TemplateVariable OwnIdentity(string name) => new(name, "String!", TemplateVariableKind.OwnIdentity);

    private static TemplateVariable Derived(string name, DerivedDateRule rule, string from) =>
        new(name, "Date!", TemplateVariableKind.DerivedDate, rule, from);

    private static TemplateDescriptor Query(
        string templateId,
        IWlzRegister register,
        string registerVersion,
        string schemaVersion,
        TemplateRole role,
        string operationName,
        string rootField,
        IDType? ownIdentityType,
        params TemplateVariable[] variables) =>
        new(templateId, register, registerVersion, schemaVersion,
            register == IWlzRegister.Leveringsregister ? SpecificationStatus.InDevelopment : SpecificationStatus.Current,
            role, operationName, GraphQLOperationKind.Query, rootField, variables, ownIdentityType);

    private static TemplateDescriptor Mutation(string templateId, string operationName, string rootField, params TemplateVariable[] variables) =>
        new(templateId, IWlzRegister.Netwerkpunt, "1.1", "1.1", SpecificationStatus.Current, TemplateRole.Participant,
            operationName, GraphQLOperationKind.Mutation, rootField, variables);
}

namespace IWlz.Client.Registers;

/// <summary>
/// The IDs of the templates the SDK ships, as constants: use them to find a template in
/// <see cref="TemplateCatalogue"/>, to filter logs and audit records, or to recognise a
/// <see cref="GraphQL.GraphQLTemplateAttribute"/>. docs/registers.md lists the client method of each.
/// </summary>
public static class IWlzTemplates
{
    /// <summary><c>QIR-0001-ZKi</c>. Indicatieregister: the full WlzIndicatie, for the initially responsible zorgkantoor.</summary>
    public const string QIR0001ZKi = "QIR-0001-ZKi";

    /// <summary><c>QIR-0004-ZKu</c>. Indicatieregister: the full WlzIndicatie, for the executing zorgkantoor.</summary>
    public const string QIR0004ZKu = "QIR-0004-ZKu";

    /// <summary><c>QBR-0001-ZA</c>. Bemiddelingsregister: one bemiddelingspecificatie with bemiddeling and client, for the zorgaanbieder.</summary>
    public const string QBR0001ZA = "QBR-0001-ZA";

    /// <summary><c>QBR-0002-ZA</c>. Bemiddelingsregister: the overview around the zorgaanbieder's specificatie that has an end date.</summary>
    public const string QBR0002ZA = "QBR-0002-ZA";

    /// <summary><c>QBR-0003-ZA</c>. Bemiddelingsregister: the overview around the zorgaanbieder's specificatie without an end date.</summary>
    public const string QBR0003ZA = "QBR-0003-ZA";

    /// <summary><c>QBR-0004-ZKu</c>. Bemiddelingsregister: one bemiddelingspecificatie with bemiddeling and client, for the executing zorgkantoor.</summary>
    public const string QBR0004ZKu = "QBR-0004-ZKu";

    /// <summary><c>QBR-0005-ZKu</c>. Bemiddelingsregister: the overview around a specificatie with an end date, for the executing zorgkantoor.</summary>
    public const string QBR0005ZKu = "QBR-0005-ZKu";

    /// <summary><c>QBR-0006-ZKu</c>. Bemiddelingsregister: the overview around a specificatie without an end date, for the executing zorgkantoor.</summary>
    public const string QBR0006ZKu = "QBR-0006-ZKu";

    /// <summary><c>QBR-0007-ZKn</c>. Bemiddelingsregister: one overdracht with bemiddeling and client, for the newly responsible zorgkantoor.</summary>
    public const string QBR0007ZKn = "QBR-0007-ZKn";

    /// <summary><c>QBR-0008-ZKn</c>. Bemiddelingsregister: the overdracht overview on the transfer date, for the newly responsible zorgkantoor.</summary>
    public const string QBR0008ZKn = "QBR-0008-ZKn";

    /// <summary><c>QBR-0009-ZAr</c>. Bemiddelingsregister: one regiehouder with bemiddeling and client, for the zorgaanbieder that is regiehouder.</summary>
    public const string QBR0009ZAr = "QBR-0009-ZAr";

    /// <summary><c>QBR-0010-CIZ</c>. Bemiddelingsregister: the bemiddelingen of a Wlz indication and their responsible zorgkantoor, for the CIZ.</summary>
    public const string QBR0010CIZ = "QBR-0010-CIZ";

    /// <summary><c>QLR-0001_1-ZA</c>. Leveringsregister (experimental): the levering of an informative specificatie, for the zorgaanbieder whose own specificatie has an end date.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Mirrors the published template ID.")]
    public const string QLR0001_1ZA = "QLR-0001_1-ZA";

    /// <summary><c>QLR-0001_2-ZA</c>. Leveringsregister (experimental): the levering of an informative specificatie, for the zorgaanbieder whose own specificatie has no end date.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Mirrors the published template ID.")]
    public const string QLR0001_2ZA = "QLR-0001_2-ZA";

    /// <summary><c>QLR-0002-ZA</c>. Leveringsregister (experimental): one verzoekAanbieder with verzoek, levering and client, for the zorgaanbieder it names.</summary>
    public const string QLR0002ZA = "QLR-0002-ZA";

    /// <summary><c>QLR-0003-ZK</c>. Leveringsregister (experimental): the levering of a bemiddelingspecificatie, for a zorgkantoor.</summary>
    public const string QLR0003ZK = "QLR-0003-ZK";

    /// <summary><c>QLR-0004-ZK</c>. Leveringsregister (experimental): one verzoek with its verzoekAanbieders, levering and client, for the responsible zorgkantoor.</summary>
    public const string QLR0004ZK = "QLR-0004-ZK";

    /// <summary><c>QLR-0006-ZK</c>. Leveringsregister (experimental): one leveringperiode and its levering, for a zorgkantoor.</summary>
    public const string QLR0006ZK = "QLR-0006-ZK";

    /// <summary><c>QLR-0007-ZK</c>. Leveringsregister (experimental): one uitstelperiode and its levering, for a zorgkantoor.</summary>
    public const string QLR0007ZK = "QLR-0007-ZK";

    /// <summary><c>QLR-0009-ZK</c>. Leveringsregister (experimental): the levering of an informative specificatie, for the executing zorgkantoor.</summary>
    public const string QLR0009ZK = "QLR-0009-ZK";

    /// <summary><c>zendNotificatie</c>. Netwerkpunt: deliver a notification to another participant.</summary>
    public const string ZendNotificatie = "zendNotificatie";

    /// <summary><c>zendMelding</c>. Netwerkpunt: deliver a melding (error report) to a bronhouder.</summary>
    public const string ZendMelding = "zendMelding";
}

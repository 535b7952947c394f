using IWlz.Client.GraphQL;

namespace IWlz.Client;

/// <summary>
/// The nID scopes of the iWlz network. Pass them in <see cref="GraphQLRequestOptions.Scopes"/> to override
/// the scope the SDK picks for a service.
/// </summary>
public static class IWlzScopes
{
    /// <summary>Read the Indicatieregister (RFC0014 v2.1). The SDK's default for the Indicatieregister.</summary>
    public const string IndicatieregisterRead = "registers/wlzindicatieregister/indicaties/indicatie:read";

    /// <summary>The older Indicatieregister read scope, struck out in RFC0014 v2.1 but still named in the guides.</summary>
    public const string IndicatieregisterReadLegacy = "registers/wlzindicatieregister/indicaties:read";

    /// <summary>Read the Bemiddelingsregister. The SDK's default for Bemiddelingsregister queries.</summary>
    public const string BemiddelingsregisterRead = "registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read";

    /// <summary>Create in the Bemiddelingsregister. The SDK's default for Bemiddelingsregister mutations.</summary>
    public const string BemiddelingsregisterCreate = "registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create";

    /// <summary>The older Bemiddelingsregister read scope from the RFC0014 example.</summary>
    public const string BemiddelingsregisterReadLegacy = "registers/wlzbemiddelingsregister/bemiddelingen:read";

    /// <summary>The older Bemiddelingsregister write scope from the RFC0014 example.</summary>
    public const string BemiddelingsregisterWriteLegacy = "registers/wlzbemiddelingsregister/bemiddelingen:write";

    /// <summary>Read the Leveringsregister. The SDK's default for the Leveringsregister.</summary>
    public const string LeveringsregisterRead = "registers/leveringsregister/leveringen/levering:read";

    /// <summary>Send a notification to a zorgkantoor.</summary>
    public const string NotificatieCreateZorgkantoor = "organisaties/zorgkantoor/notificaties/notificatie:create";

    /// <summary>Send a notification to a zorgaanbieder.</summary>
    public const string NotificatieCreateZorgaanbieder = "organisaties/zorgaanbieder/notificaties/notificatie:create";

    /// <summary>Send an error report (melding) to a zorgkantoor.</summary>
    public const string MeldingCreateZorgkantoor = "organisaties/zorgkantoor/meldingen/melding:create";

    /// <summary>Send an error report (melding) to a zorgaanbieder.</summary>
    public const string MeldingCreateZorgaanbieder = "organisaties/zorgaanbieder/meldingen/melding:create";

    /// <summary>Send an error report (melding) to the indicatieorgaan (the CIZ).</summary>
    public const string MeldingCreateIndicatieorgaan = "organisaties/indicatieorgaan/meldingen/melding:create";

    /// <summary>The notification scope for a recipient of the given role.</summary>
    /// <param name="recipient">The recipient's role: zorgkantoor or zorgaanbieder.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The role does not receive notifications.</exception>
    public static string NotificatieCreate(IWlzPartyRole recipient) => recipient switch
    {
        IWlzPartyRole.Zorgkantoor => NotificatieCreateZorgkantoor,
        IWlzPartyRole.Zorgaanbieder => NotificatieCreateZorgaanbieder,
        _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient, "Only a zorgkantoor or a zorgaanbieder receives notifications."),
    };

    /// <summary>The melding scope for a recipient of the given role.</summary>
    /// <param name="recipient">The recipient's role.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The role is not set.</exception>
    public static string MeldingCreate(IWlzPartyRole recipient) => recipient switch
    {
        IWlzPartyRole.Zorgkantoor => MeldingCreateZorgkantoor,
        IWlzPartyRole.Zorgaanbieder => MeldingCreateZorgaanbieder,
        IWlzPartyRole.Indicatieorgaan => MeldingCreateIndicatieorgaan,
        _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient, "The recipient's role is not set."),
    };
}

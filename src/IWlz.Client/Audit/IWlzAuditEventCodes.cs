namespace IWlz.Client.Audit;

/// <summary>
/// The Gebeurteniscode values of the records the SDK writes. iWlz has registered no code system for them yet
/// (RFC0021 is a draft), so <see cref="AuditCode.CodeSystem"/> is empty and the code system name is
/// <c>IWlz.Client</c>; an enricher may replace them with the organisation's own codes.
/// </summary>
public static class IWlzAuditEventCodes
{
    /// <summary>The code system name of the SDK's codes.</summary>
    public const string CodeSystemName = "IWlz.Client";

    /// <summary>A token request to nID (Actiecode E).</summary>
    public static readonly AuditCode TokenRequest = new("iwlz.token.request", null, CodeSystemName, "nID token request");

    /// <summary>A GraphQL query to a register through the PEP (Actiecode R).</summary>
    public static readonly AuditCode Query = new("iwlz.query", null, CodeSystemName, "GraphQL query");

    /// <summary>A GraphQL mutation other than a notification or melding (Actiecode C).</summary>
    public static readonly AuditCode Mutation = new("iwlz.mutation", null, CodeSystemName, "GraphQL mutation");

    /// <summary>A notification sent with <c>zendNotificatie</c> (Actiecode C).</summary>
    public static readonly AuditCode NotificatieSent = new("iwlz.notificatie.sent", null, CodeSystemName, "Notificatie sent");

    /// <summary>A melding (error report) sent with <c>zendMelding</c> (Actiecode C).</summary>
    public static readonly AuditCode MeldingSent = new("iwlz.melding.sent", null, CodeSystemName, "Melding sent");

    /// <summary>A notification received on the netwerkpunt (Actiecode R).</summary>
    public static readonly AuditCode NotificatieReceived = new("iwlz.notificatie.received", null, CodeSystemName, "Notificatie received");

    /// <summary>A melding received on the netwerkpunt (Actiecode R).</summary>
    public static readonly AuditCode MeldingReceived = new("iwlz.melding.received", null, CodeSystemName, "Melding received");
}

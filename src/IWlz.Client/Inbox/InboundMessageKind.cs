namespace IWlz.Client.Inbox;

/// <summary>Which netwerkpunt mutation delivered a message.</summary>
public enum InboundMessageKind
{
    /// <summary>A notification, received through <c>zendNotificatie</c>; its ID is the <c>notificatieID</c>.</summary>
    Notificatie = 0,

    /// <summary>An error report, received through <c>zendMelding</c>; its ID is the <c>meldingID</c>.</summary>
    Melding = 1,
}

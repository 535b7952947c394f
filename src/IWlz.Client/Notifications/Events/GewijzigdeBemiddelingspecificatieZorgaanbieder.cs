namespace IWlz.Client.Notifications;

/// <summary>
/// <c>GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c>: The zorgkantoor changed a care allocation of the receiving zorgaanbieder.
/// </summary>
/// <remarks>
/// Register BR-1; in use on the network.
/// Follow-up query: template QBR-0001-ZA.
/// </remarks>
public sealed class GewijzigdeBemiddelingspecificatieZorgaanbieder : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER";

    internal GewijzigdeBemiddelingspecificatieZorgaanbieder(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingID = subject.Id;
        BemiddelingspecificatieID = recordId.Id;
    }

    /// <summary>The bemiddeling (care mediation) the record belongs to. From the <c>subject</c>.</summary>
    public Guid BemiddelingID { get; }

    /// <summary>The bemiddelingspecificatie (care allocation). From the <c>recordID</c>.</summary>
    public Guid BemiddelingspecificatieID { get; }
}

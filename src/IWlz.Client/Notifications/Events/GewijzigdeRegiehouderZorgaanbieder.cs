namespace IWlz.Client.Notifications;

/// <summary>
/// <c>GEWIJZIGDE_REGIEHOUDER_ZORGAANBIEDER</c>: The zorgkantoor changed a regiehouder role of the receiving zorgaanbieder.
/// </summary>
/// <remarks>
/// Register BR-1; in use on the network.
/// Follow-up query: template QBR-0009-ZAr.
/// </remarks>
public sealed class GewijzigdeRegiehouderZorgaanbieder : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "GEWIJZIGDE_REGIEHOUDER_ZORGAANBIEDER";

    internal GewijzigdeRegiehouderZorgaanbieder(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingID = subject.Id;
        RegiehouderID = recordId.Id;
    }

    /// <summary>The bemiddeling (care mediation) the record belongs to. From the <c>subject</c>.</summary>
    public Guid BemiddelingID { get; }

    /// <summary>The regiehouder record. From the <c>recordID</c>.</summary>
    public Guid RegiehouderID { get; }
}

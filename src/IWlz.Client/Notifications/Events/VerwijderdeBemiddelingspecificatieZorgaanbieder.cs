namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c>: The zorgkantoor deleted a care allocation of the receiving zorgaanbieder.
/// </summary>
/// <remarks>
/// Register BR-1; in use on the network.
/// A deletion: the record no longer exists, so there is nothing to query.
/// </remarks>
public sealed class VerwijderdeBemiddelingspecificatieZorgaanbieder : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER";

    internal VerwijderdeBemiddelingspecificatieZorgaanbieder(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
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

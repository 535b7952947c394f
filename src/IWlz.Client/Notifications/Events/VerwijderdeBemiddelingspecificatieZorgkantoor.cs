namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR</c>: The responsible zorgkantoor deleted an allocation that the receiving zorgkantoor executes.
/// </summary>
/// <remarks>
/// Register BR-1; in use on the network.
/// A deletion: the record no longer exists, so there is nothing to query.
/// </remarks>
public sealed class VerwijderdeBemiddelingspecificatieZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR";

    internal VerwijderdeBemiddelingspecificatieZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
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

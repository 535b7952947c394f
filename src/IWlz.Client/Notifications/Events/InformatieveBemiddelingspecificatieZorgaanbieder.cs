namespace IWlz.Client.Notifications;

/// <summary>
/// <c>INFORMATIEVE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c>: An allocation overlapping the receiving zorgaanbieder's own allocation was made or changed.
/// </summary>
/// <remarks>
/// Register BR-1.1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// The follow-up query depends on the receiver's role; see <see cref="NotificationCatalogueEntry.FollowUpTemplateId"/>.
/// </remarks>
public sealed class InformatieveBemiddelingspecificatieZorgaanbieder : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "INFORMATIEVE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER";

    internal InformatieveBemiddelingspecificatieZorgaanbieder(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
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

namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERWIJDERDE_UITSTELPERIODE_ZORGKANTOOR</c>: A zorgaanbieder deleted a postponement period.
/// </summary>
/// <remarks>
/// Register LR-1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// A deletion: the record no longer exists, so there is nothing to query.
/// </remarks>
public sealed class VerwijderdeUitstelperiodeZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERWIJDERDE_UITSTELPERIODE_ZORGKANTOOR";

    internal VerwijderdeUitstelperiodeZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingspecificatieID = subject.Id;
        UitstelperiodeID = recordId.Id;
    }

    /// <summary>The bemiddelingspecificatie whose delivery changed. The notification writes it as the subject <c>Levering/{id}</c>, but the ID is a bemiddelingspecificatieID.</summary>
    public Guid BemiddelingspecificatieID { get; }

    /// <summary>The postponement period. From the <c>recordID</c>.</summary>
    public Guid UitstelperiodeID { get; }
}

namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERWIJDERDE_LEVERINGPERIODE_ZORGKANTOOR</c>: A zorgaanbieder deleted a delivery period.
/// </summary>
/// <remarks>
/// Register LR-1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// A deletion: the record no longer exists, so there is nothing to query.
/// </remarks>
public sealed class VerwijderdeLeveringperiodeZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERWIJDERDE_LEVERINGPERIODE_ZORGKANTOOR";

    internal VerwijderdeLeveringperiodeZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingspecificatieID = subject.Id;
        LeveringperiodeID = recordId.Id;
    }

    /// <summary>The bemiddelingspecificatie whose delivery changed. The notification writes it as the subject <c>Levering/{id}</c>, but the ID is a bemiddelingspecificatieID.</summary>
    public Guid BemiddelingspecificatieID { get; }

    /// <summary>The delivery period. From the <c>recordID</c>.</summary>
    public Guid LeveringperiodeID { get; }
}

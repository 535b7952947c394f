namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUWE_BEHANDELINGPERIODE_ZORGKANTOOR</c>: A zorgaanbieder recorded a new treatment period.
/// </summary>
/// <remarks>
/// Register LR-1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// Follow-up query: template QLR-0010-ZK.
/// </remarks>
public sealed class NieuweBehandelingperiodeZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUWE_BEHANDELINGPERIODE_ZORGKANTOOR";

    internal NieuweBehandelingperiodeZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingspecificatieID = subject.Id;
        BehandelingperiodeID = recordId.Id;
    }

    /// <summary>The bemiddelingspecificatie whose delivery changed. The notification writes it as the subject <c>Levering/{id}</c>, but the ID is a bemiddelingspecificatieID.</summary>
    public Guid BemiddelingspecificatieID { get; }

    /// <summary>The treatment period. From the <c>recordID</c>.</summary>
    public Guid BehandelingperiodeID { get; }
}

namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUW_AFSTEL_ZORGKANTOOR</c>: A zorgaanbieder recorded that the allocated care will not be delivered (afstel).
/// </summary>
/// <remarks>
/// Register LR-1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// Follow-up query: template QLR-0008-ZK.
/// </remarks>
public sealed class NieuwAfstelZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUW_AFSTEL_ZORGKANTOOR";

    internal NieuwAfstelZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingspecificatieID = subject.Id;
        AfstelID = recordId.Id;
    }

    /// <summary>The bemiddelingspecificatie whose delivery changed. The notification writes it as the subject <c>Levering/{id}</c>, but the ID is a bemiddelingspecificatieID.</summary>
    public Guid BemiddelingspecificatieID { get; }

    /// <summary>The afstel record. From the <c>recordID</c>.</summary>
    public Guid AfstelID { get; }
}

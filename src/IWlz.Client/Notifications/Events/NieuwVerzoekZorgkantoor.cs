namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUW_VERZOEK_ZORGKANTOOR</c>: A zorgaanbieder requested a new or changed allocation from the responsible zorgkantoor.
/// </summary>
/// <remarks>
/// Register LR-1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// Follow-up query: template QLR-0004-ZK.
/// </remarks>
public sealed class NieuwVerzoekZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUW_VERZOEK_ZORGKANTOOR";

    internal NieuwVerzoekZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingspecificatieID = subject.Id;
        VerzoekID = recordId.Id;
    }

    /// <summary>The bemiddelingspecificatie whose delivery changed. The notification writes it as the subject <c>Levering/{id}</c>, but the ID is a bemiddelingspecificatieID.</summary>
    public Guid BemiddelingspecificatieID { get; }

    /// <summary>The verzoek (request for an allocation). From the <c>recordID</c>.</summary>
    public Guid VerzoekID { get; }
}

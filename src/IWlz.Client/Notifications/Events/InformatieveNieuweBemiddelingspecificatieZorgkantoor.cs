namespace IWlz.Client.Notifications;

/// <summary>
/// <c>INFORMATIEVE_NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR</c>: An allocation overlapping one the receiving zorgkantoor executes was made.
/// </summary>
/// <remarks>
/// Register BR-1.1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// Follow-up query: template QBR-0012-ZKu.
/// </remarks>
public sealed class InformatieveNieuweBemiddelingspecificatieZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "INFORMATIEVE_NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR";

    internal InformatieveNieuweBemiddelingspecificatieZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
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

namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUWE_REGIEHOUDER_ZORGKANTOOR</c>: A regiehouder was recorded for an allocation the receiving zorgkantoor executes.
/// </summary>
/// <remarks>
/// Register BR-1.1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// Follow-up query: template QBR-0013-ZKu.
/// </remarks>
public sealed class NieuweRegiehouderZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUWE_REGIEHOUDER_ZORGKANTOOR";

    internal NieuweRegiehouderZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        BemiddelingspecificatieID = subject.Id;
        RegiehouderID = recordId.Id;
    }

    /// <summary>The bemiddelingspecificatie (care allocation). From the <c>subject</c>.</summary>
    public Guid BemiddelingspecificatieID { get; }

    /// <summary>The regiehouder record. From the <c>recordID</c>.</summary>
    public Guid RegiehouderID { get; }
}

namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERWIJDERDE_REGIEHOUDER_ZORGKANTOOR</c>: A regiehouder of an allocation the receiving zorgkantoor executes was deleted.
/// </summary>
/// <remarks>
/// Register BR-1.1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// A deletion: the record no longer exists, so there is nothing to query.
/// </remarks>
public sealed class VerwijderdeRegiehouderZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERWIJDERDE_REGIEHOUDER_ZORGKANTOOR";

    internal VerwijderdeRegiehouderZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
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

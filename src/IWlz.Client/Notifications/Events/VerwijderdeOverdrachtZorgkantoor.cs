namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERWIJDERDE_OVERDRACHT_ZORGKANTOOR</c>: The responsible zorgkantoor deleted a transfer to the receiving zorgkantoor.
/// </summary>
/// <remarks>
/// Register BR-1; in use on the network.
/// A deletion: the record no longer exists, so there is nothing to query.
/// </remarks>
public sealed class VerwijderdeOverdrachtZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERWIJDERDE_OVERDRACHT_ZORGKANTOOR";

    internal VerwijderdeOverdrachtZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        OverdrachtID = recordId.Id;
    }

    /// <summary>The overdracht (transfer to another zorgkantoor). From the <c>recordID</c>; the <c>subject</c> names the same record.</summary>
    public Guid OverdrachtID { get; }
}

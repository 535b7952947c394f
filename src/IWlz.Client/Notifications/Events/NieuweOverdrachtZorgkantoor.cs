namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUWE_OVERDRACHT_ZORGKANTOOR</c>: The responsible zorgkantoor started a transfer of the mediation to the receiving zorgkantoor.
/// </summary>
/// <remarks>
/// Register BR-1; in use on the network.
/// Follow-up query: template QBR-0007-ZKn.
/// </remarks>
public sealed class NieuweOverdrachtZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUWE_OVERDRACHT_ZORGKANTOOR";

    internal NieuweOverdrachtZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        OverdrachtID = recordId.Id;
    }

    /// <summary>The overdracht (transfer to another zorgkantoor). From the <c>recordID</c>; the <c>subject</c> names the same record.</summary>
    public Guid OverdrachtID { get; }
}

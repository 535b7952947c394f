namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERVALLEN_INDICATIE_ZORGKANTOOR</c>: A Wlz indication lapsed.
/// </summary>
/// <remarks>
/// Register IR-2; in use on the network.
/// The follow-up query depends on the receiver's role; see <see cref="NotificationCatalogueEntry.FollowUpTemplateId"/>.
/// </remarks>
public sealed class VervallenIndicatieZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERVALLEN_INDICATIE_ZORGKANTOOR";

    internal VervallenIndicatieZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        WlzIndicatieID = recordId.Id;
    }

    /// <summary>The Wlz indication in the Indicatieregister. From the <c>recordID</c>; the <c>subject</c> names the same record.</summary>
    public Guid WlzIndicatieID { get; }
}

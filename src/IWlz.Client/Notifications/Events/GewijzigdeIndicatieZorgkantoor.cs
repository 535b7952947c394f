namespace IWlz.Client.Notifications;

/// <summary>
/// <c>GEWIJZIGDE_INDICATIE_ZORGKANTOOR</c>: The CIZ changed a Wlz indication.
/// </summary>
/// <remarks>
/// Register IR-3; only in versions still in development, so the SDK handles it only when that version is switched on.
/// The follow-up query depends on the receiver's role; see <see cref="NotificationCatalogueEntry.FollowUpTemplateId"/>.
/// </remarks>
public sealed class GewijzigdeIndicatieZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "GEWIJZIGDE_INDICATIE_ZORGKANTOOR";

    internal GewijzigdeIndicatieZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        WlzIndicatieID = recordId.Id;
    }

    /// <summary>The Wlz indication in the Indicatieregister. From the <c>recordID</c>; the <c>subject</c> names the same record.</summary>
    public Guid WlzIndicatieID { get; }
}

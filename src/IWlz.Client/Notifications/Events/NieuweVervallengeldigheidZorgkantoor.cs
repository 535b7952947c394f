namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUWE_VERVALLENGELDIGHEID_ZORGKANTOOR</c>: The CIZ recorded that a Wlz indication loses its validity; replaces VERVALLEN_INDICATIE_ZORGKANTOOR in IR-3.
/// </summary>
/// <remarks>
/// Register IR-3; only in versions still in development, so the SDK handles it only when that version is switched on.
/// The follow-up query depends on the receiver's role; see <see cref="NotificationCatalogueEntry.FollowUpTemplateId"/>.
/// </remarks>
public sealed class NieuweVervallengeldigheidZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUWE_VERVALLENGELDIGHEID_ZORGKANTOOR";

    internal NieuweVervallengeldigheidZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        WlzIndicatieID = recordId.Id;
    }

    /// <summary>The Wlz indication in the Indicatieregister. From the <c>recordID</c>; the <c>subject</c> names the same record.</summary>
    public Guid WlzIndicatieID { get; }
}

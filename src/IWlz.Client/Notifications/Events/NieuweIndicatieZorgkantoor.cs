namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUWE_INDICATIE_ZORGKANTOOR</c>: The CIZ issued a new Wlz indication.
/// </summary>
/// <remarks>
/// Register IR-2, IR-3; in use on the network.
/// Follow-up query: template QIR-0001-ZKi.
/// </remarks>
public sealed class NieuweIndicatieZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUWE_INDICATIE_ZORGKANTOOR";

    internal NieuweIndicatieZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        WlzIndicatieID = recordId.Id;
    }

    /// <summary>The Wlz indication in the Indicatieregister. From the <c>recordID</c>; the <c>subject</c> names the same record.</summary>
    public Guid WlzIndicatieID { get; }
}

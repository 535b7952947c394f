namespace IWlz.Client.Notifications;

/// <summary>
/// <c>VERWIJDERDE_VERVALLENGELDIGHEID_ZORGKANTOOR</c>: The CIZ withdrew the loss of validity of a Wlz indication.
/// </summary>
/// <remarks>
/// Register IR-3; only in versions still in development, so the SDK handles it only when that version is switched on.
/// A deletion: the record no longer exists, so there is nothing to query.
/// </remarks>
public sealed class VerwijderdeVervallengeldigheidZorgkantoor : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "VERWIJDERDE_VERVALLENGELDIGHEID_ZORGKANTOOR";

    internal VerwijderdeVervallengeldigheidZorgkantoor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        WlzIndicatieID = recordId.Id;
    }

    /// <summary>The Wlz indication in the Indicatieregister. From the <c>recordID</c>; the <c>subject</c> names the same record.</summary>
    public Guid WlzIndicatieID { get; }
}

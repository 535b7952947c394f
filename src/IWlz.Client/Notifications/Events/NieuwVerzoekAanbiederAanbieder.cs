namespace IWlz.Client.Notifications;

/// <summary>
/// <c>NIEUW_VERZOEKAANBIEDER_AANBIEDER</c>: A zorgaanbieder requested an allocation in which the receiving zorgaanbieder is named.
/// </summary>
/// <remarks>
/// Register LR-1; only in versions still in development, so the SDK handles it only when that version is switched on.
/// Follow-up query: template QLR-0002-ZA.
/// </remarks>
public sealed class NieuwVerzoekAanbiederAanbieder : NotificationEvent
{
    /// <summary>The event type this class represents, as the network writes it.</summary>
    public const string EventTypeName = "NIEUW_VERZOEKAANBIEDER_AANBIEDER";

    internal NieuwVerzoekAanbiederAanbieder(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId)
        : base(message, definition)
    {
        VerzoekID = subject.Id;
        VerzoekAanbiederID = recordId.Id;
    }

    /// <summary>The verzoek (request for an allocation). From the <c>subject</c>.</summary>
    public Guid VerzoekID { get; }

    /// <summary>The part of the verzoek meant for the receiving zorgaanbieder. From the <c>recordID</c>.</summary>
    public Guid VerzoekAanbiederID { get; }
}

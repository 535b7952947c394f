namespace IWlz.Client.Inbox;

/// <summary>
/// A notification or melding as the netwerkpunt received and stored it. The fields are those of
/// <c>NotificatieInput</c>/<c>MeldingInput</c>; ID types are stored in their canonical form
/// (<c>AGB</c>, <c>BSN</c>, <c>KVK</c>, <c>OIN</c>, <c>UZOVI</c>), so a received <c>AGBCODE</c> reads <c>AGB</c>.
/// </summary>
public sealed class InboundMessage
{
    private string? _deduplicationKey;
    private DateTimeOffset _receivedAt;

    /// <summary>The ID this receiver gave the message: the <c>notificatieID</c> or <c>meldingID</c> it answered with.</summary>
    public required Guid Id { get; init; }

    /// <summary>Notification or melding.</summary>
    public required InboundMessageKind Kind { get; init; }

    /// <summary>When the sender created the message.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The kind of identifier in <see cref="AfzenderID"/>, canonical (for example <c>UZOVI</c>).</summary>
    public required string AfzenderIDType { get; init; }

    /// <summary>Who sent the message.</summary>
    public required string AfzenderID { get; init; }

    /// <summary>The kind of identifier in <see cref="OntvangerID"/>, canonical (for example <c>AGB</c>).</summary>
    public required string OntvangerIDType { get; init; }

    /// <summary>Who the message is for.</summary>
    public required string OntvangerID { get; init; }

    /// <summary>For a notification the subscription ID, for a melding the original reporter (<c>&lt;IDType&gt;:&lt;ID&gt;</c>); often absent.</summary>
    public string? OntvangerKenmerk { get; init; }

    /// <summary>The event type, such as <c>NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c> or <c>IWLZFOUTMELDING</c>. Unknown values are kept as received.</summary>
    public required string EventType { get; init; }

    /// <summary>The subjects, in the order the sender wrote them; at least one.</summary>
    public required IReadOnlyList<InboundSubject> SubjectList { get; init; }

    /// <summary>When this receiver stored the message.</summary>
    public required DateTimeOffset ReceivedAt { get => _receivedAt; init => _receivedAt = value; }

    /// <summary>Who called, according to the PEP's <c>claims</c> header and the client certificate. Unverified audit data.</summary>
    public CallerContext Caller { get; init; } = CallerContext.None;

    /// <summary>
    /// The de-duplication key: a SHA-256 over the kind, the sender, the event type, the timestamp and
    /// the sorted subjects. A repeat of the same message has the same key and gets the same ID back.
    /// </summary>
    public string DeduplicationKey => _deduplicationKey ??= InboxDeduplication.ComputeKey(this);

    /// <summary>
    /// A copy with another receive time. Every other field, including ones added later, is copied as it is (a
    /// memberwise clone), so the copy cannot silently lose a field; the de-duplication key does not depend on it.
    /// </summary>
    internal InboundMessage WithReceivedAt(DateTimeOffset receivedAt)
    {
        var copy = (InboundMessage)MemberwiseClone();
        copy._receivedAt = receivedAt;
        return copy;
    }
}

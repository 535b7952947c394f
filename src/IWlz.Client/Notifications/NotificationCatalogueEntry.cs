using IWlz.Client.Registers;

namespace IWlz.Client.Notifications;

/// <summary>
/// One notification event type in one register version: who sends it to whom, which records its
/// <c>subject</c> and <c>recordID</c> name, and which query template the receiver uses to follow up.
/// </summary>
public sealed class NotificationCatalogueEntry
{
    internal NotificationCatalogueEntry(
        string eventType,
        IWlzRegister register,
        string registerVersion,
        SpecificationStatus status,
        NotificationRole senderRole,
        IDType senderIdType,
        string senderDescription,
        NotificationRole receiverRole,
        IDType receiverIdType,
        string receiverDescription,
        string subjectEntity,
        string recordIdEntity,
        string? followUpTemplateId,
        bool isMandatory,
        Type eventClass,
        string summary)
    {
        EventType = eventType;
        Register = register;
        RegisterVersion = registerVersion;
        Status = status;
        SenderRole = senderRole;
        SenderIdType = senderIdType;
        SenderDescription = senderDescription;
        ReceiverRole = receiverRole;
        ReceiverIdType = receiverIdType;
        ReceiverDescription = receiverDescription;
        SubjectEntity = subjectEntity;
        RecordIdEntity = recordIdEntity;
        FollowUpTemplateId = followUpTemplateId;
        IsMandatory = isMandatory;
        EventClass = eventClass;
        Summary = summary;
        IsDeletion = eventType.Split('_').Any(word => word is "VERWIJDERDE" or "VERWIJDERD");
    }

    /// <summary>The event type in its canonical upper-case spelling, such as <c>NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c>.</summary>
    public string EventType { get; }

    /// <summary>The register whose bronhouder sends the notification.</summary>
    public IWlzRegister Register { get; }

    /// <summary>The register version that defines this event type: <c>IR-2</c>, <c>IR-3</c>, <c>BR-1</c>, <c>BR-1.1</c> or <c>LR-1</c>.</summary>
    public string RegisterVersion { get; }

    /// <summary>Whether that register version is in use or still in development.</summary>
    public SpecificationStatus Status { get; }

    /// <summary>The kind of party that sends the notification.</summary>
    public NotificationRole SenderRole { get; }

    /// <summary>The <c>afzenderIDType</c> the sender uses.</summary>
    public IDType SenderIdType { get; }

    /// <summary>Which party sends the notification, in words.</summary>
    public string SenderDescription { get; }

    /// <summary>The kind of party that receives the notification.</summary>
    public NotificationRole ReceiverRole { get; }

    /// <summary>The <c>ontvangerIDType</c> of the receiver.</summary>
    public IDType ReceiverIdType { get; }

    /// <summary>Which parties receive the notification, in words.</summary>
    public string ReceiverDescription { get; }

    /// <summary>The entity named in <c>subject</c> (<c>Entity/uuid</c>).</summary>
    /// <remarks>In the Leveringsregister the subject <c>Levering/{id}</c> carries a bemiddelingspecificatieID.</remarks>
    public string SubjectEntity { get; }

    /// <summary>The entity named in <c>recordID</c> (<c>Entity/uuid</c>).</summary>
    public string RecordIdEntity { get; }

    /// <summary>
    /// The query template the specification names for following up, such as <c>QBR-0001-ZA</c>, or
    /// <see langword="null"/> for deletions (nothing is left to query) and where the template depends on
    /// the receiver's role. The template is not necessarily shipped yet (QBR-0012/0013 and QLR-0008/0010
    /// need newer schemas); see <see cref="TemplateCatalogue"/>.
    /// </summary>
    public string? FollowUpTemplateId { get; }

    /// <summary>Whether the event reports that a record was deleted (<c>VERWIJDERDE_*</c>, <c>VERWIJDERD_*</c>).</summary>
    public bool IsDeletion { get; }

    /// <summary>
    /// Whether the specification makes the notification mandatory (VERPLICHT). The BR-1.1 zorgkantoor
    /// notifications are mandatory only until a subscription register exists.
    /// </summary>
    public bool IsMandatory { get; }

    /// <summary>The <see cref="NotificationEvent"/> subclass that represents this event type.</summary>
    public Type EventClass { get; }

    /// <summary>What happened, in one sentence.</summary>
    public string Summary { get; }

    /// <inheritdoc />
    public override string ToString() => $"{EventType} ({RegisterVersion})";
}

namespace IWlz.Client.Testing.Notifications;

/// <summary>
/// A <c>zendNotificatie</c> or <c>zendMelding</c> that a simulated netwerkpunt received through the
/// PEP: the notifications a simulated zorgkantoor gets, or the meldingen a simulated bronhouder gets.
/// </summary>
public sealed record ReceivedMessage
{
    /// <summary><c>zendNotificatie</c> or <c>zendMelding</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>The <c>notificatieID</c> or <c>meldingID</c> the netwerkpunt answered with.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The <c>timestamp</c> the sender set.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The <c>afzenderIDType</c>, such as <c>UZOVI</c>.</summary>
    public required string AfzenderIDType { get; init; }

    /// <summary>The <c>afzenderID</c>.</summary>
    public required string AfzenderID { get; init; }

    /// <summary>The <c>ontvangerIDType</c>.</summary>
    public required string OntvangerIDType { get; init; }

    /// <summary>The <c>ontvangerID</c>.</summary>
    public required string OntvangerID { get; init; }

    /// <summary>The <c>ontvangerKenmerk</c>, if any.</summary>
    public string? OntvangerKenmerk { get; init; }

    /// <summary>The <c>eventType</c>, such as <c>NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c> or <c>IWLZFOUTMELDING</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>The <c>subjectList</c>.</summary>
    public required IReadOnlyList<ReceivedSubject> SubjectList { get; init; }

    /// <summary>The <c>claims</c> header the PEP added: the sender's token payload as JSON.</summary>
    public required string Claims { get; init; }
}

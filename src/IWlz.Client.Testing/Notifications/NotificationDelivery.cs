namespace IWlz.Client.Testing.Notifications;

/// <summary>
/// The outcome of one <c>zendNotificatie</c> the simulator sent as bronhouder after a data change.
/// The simulator sends it as a real participant would: with the bronhouder's certificate and token,
/// through its own PEP, to the recipient's netwerkpunt from the address book.
/// </summary>
public sealed record NotificationDelivery
{
    /// <summary>The <c>eventType</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>The sender's ID type and code, such as <c>UZOVI:5555</c>.</summary>
    public required string Afzender { get; init; }

    /// <summary>The recipient's ID type and code, such as <c>AGB:99000011</c>.</summary>
    public required string Ontvanger { get; init; }

    /// <summary>The <c>subjectList</c> that was sent.</summary>
    public required IReadOnlyList<ReceivedSubject> SubjectList { get; init; }

    /// <summary>The HTTP status of the PEP's answer; 0 when the message was not sent or the call failed.</summary>
    public int StatusCode { get; init; }

    /// <summary>The <c>notificatieID</c> the recipient answered with, when delivered.</summary>
    public Guid? NotificatieId { get; init; }

    /// <summary>Why delivery failed, or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary><see langword="true"/> when the recipient answered 200 with a <c>notificatieID</c>.</summary>
    public bool Delivered => StatusCode == 200 && NotificatieId is not null;
}

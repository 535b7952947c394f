using IWlz.Client.Meldingen;

namespace IWlz.Client.Inbox;

/// <summary>A received melding with its subjects parsed into rule codes, free text and record IDs.</summary>
public sealed class ReceivedMelding
{
    /// <summary>The event type of a foutmelding, the only melding type in use.</summary>
    public const string FoutmeldingEventType = "IWLZFOUTMELDING";

    /// <summary>Creates the parsed view of a stored melding.</summary>
    /// <param name="message">The stored message; its kind must be <see cref="InboundMessageKind.Melding"/>.</param>
    public ReceivedMelding(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != InboundMessageKind.Melding)
        {
            throw new ArgumentException($"Message {message.Id} is a {message.Kind}, not a melding.", nameof(message));
        }

        Message = message;
        Subjects = message.SubjectList.Select(s => MeldingSubject.Parse(s.Subject, s.RecordID)).ToArray();
    }

    /// <summary>The stored message, with the caller context.</summary>
    public InboundMessage Message { get; }

    /// <summary>The <c>meldingID</c> this receiver answered with.</summary>
    public Guid MeldingID => Message.Id;

    /// <summary>One parsed entry per received subject, in the order received.</summary>
    public IReadOnlyList<MeldingSubject> Subjects { get; }

    /// <summary>Whether the event type is <c>IWLZFOUTMELDING</c> (case-insensitive; the prose also writes iWlzFoutmelding).</summary>
    public bool IsFoutmelding => string.Equals(Message.EventType, FoutmeldingEventType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether any subject carries a VECOZO message-bridge code (an undeliverable XML message).</summary>
    public bool IsFromMessageBridge => Subjects.Any(s => s.IsMessageBridgeCode);
}

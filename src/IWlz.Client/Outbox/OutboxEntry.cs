using IWlz.Client.Sending;

namespace IWlz.Client.Outbox;

/// <summary>An outgoing message in the outbox, with its delivery state.</summary>
public sealed class OutboxEntry
{
    /// <summary>The outbox's own ID of the message (not the receiver's ID).</summary>
    public required Guid Id { get; init; }

    /// <summary>The message: an <see cref="OutgoingNotificatie"/> or an <see cref="OutgoingMelding"/>.</summary>
    public required OutgoingMessage Message { get; init; }

    /// <summary>The delivery state.</summary>
    public required OutboxMessageStatus Status { get; init; }

    /// <summary>How many attempts were started, including one in progress.</summary>
    public required int Attempts { get; init; }

    /// <summary>When the message was written to the outbox.</summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>When the next attempt is due (for pending messages).</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed; <see cref="SendFailureReason.None"/> when no attempt failed.</summary>
    public SendFailureReason LastFailureReason { get; init; }

    /// <summary>A description of the last failure without personal data, or <see langword="null"/>.</summary>
    public string? LastError { get; init; }

    /// <summary>The B3 trace ID of the last attempt that was sent, when known; quote it in support requests.</summary>
    public string? LastTraceId { get; init; }

    /// <summary>The receiver's <c>notificatieID</c> or <c>meldingID</c>, once delivered.</summary>
    public Guid? ReceiverId { get; init; }

    /// <summary>When the message was delivered or dead-lettered; <see langword="null"/> while pending.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}

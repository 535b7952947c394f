namespace IWlz.Client.Inbox;

/// <summary>A stored message with its delivery state.</summary>
public sealed class InboxEntry
{
    /// <summary>The message.</summary>
    public required InboundMessage Message { get; init; }

    /// <summary>The delivery state.</summary>
    public required InboxEntryStatus Status { get; init; }

    /// <summary>How many delivery attempts were started, including one in progress.</summary>
    public required int Attempts { get; init; }

    /// <summary>When the next attempt is due (for pending messages).</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>
    /// The last failure: the exception type and its message with possible BSNs masked, or the reason the
    /// message was parked. <see langword="null"/> when no attempt failed.
    /// </summary>
    public string? LastError { get; init; }

    /// <summary>When the message was completed or dead-lettered; <see langword="null"/> while pending.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}

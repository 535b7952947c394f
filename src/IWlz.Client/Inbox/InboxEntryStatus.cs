namespace IWlz.Client.Inbox;

/// <summary>Where a stored message is in its delivery to the handlers.</summary>
public enum InboxEntryStatus
{
    /// <summary>Waiting for (another) delivery attempt.</summary>
    Pending = 0,

    /// <summary>Every handler completed; kept for de-duplication until the retention period ends.</summary>
    Completed = 1,

    /// <summary>Parked after the last allowed attempt failed; kept until replayed. Never deleted automatically.</summary>
    DeadLettered = 2,
}

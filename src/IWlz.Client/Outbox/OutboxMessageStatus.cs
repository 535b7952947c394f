namespace IWlz.Client.Outbox;

/// <summary>Where an outgoing message is in its delivery.</summary>
public enum OutboxMessageStatus
{
    /// <summary>Waiting for its first or next attempt (or being sent right now).</summary>
    Pending = 0,

    /// <summary>The receiver acknowledged it (HTTP 200 with its ID); it is never sent again.</summary>
    Delivered = 1,

    /// <summary>
    /// Set aside: refused in a way a retry cannot fix (a PDP refusal, another 4xx, GraphQL errors, no endpoint),
    /// or still failing after the last allowed attempt. Kept until replayed; never deleted automatically.
    /// </summary>
    DeadLettered = 2,
}

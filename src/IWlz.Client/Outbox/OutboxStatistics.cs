namespace IWlz.Client.Outbox;

/// <summary>How many outgoing messages the outbox holds in each state.</summary>
/// <param name="Pending">Waiting for an attempt.</param>
/// <param name="Delivered">Acknowledged and still kept (until the retention period ends).</param>
/// <param name="DeadLettered">Set aside until replayed.</param>
public sealed record OutboxStatistics(long Pending, long Delivered, long DeadLettered);

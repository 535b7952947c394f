namespace IWlz.Client.Inbox;

/// <summary>How many stored messages are in each state; for health checks and dashboards.</summary>
/// <param name="Pending">Messages waiting for delivery.</param>
/// <param name="Completed">Delivered messages still kept for de-duplication.</param>
/// <param name="DeadLettered">Parked messages waiting for a replay.</param>
public readonly record struct InboxStatistics(long Pending, long Completed, long DeadLettered);

namespace IWlz.Client.Inbox;

/// <summary>Options of the background dispatcher that delivers stored messages to the handlers.</summary>
public sealed class InboxDispatcherOptions
{
    /// <summary>
    /// How many delivery attempts a message gets before it is dead-lettered. Default 8; range 1 to 100.
    /// An attempt interrupted by a crash or shutdown counts too, so a message that crashes the process is parked in the end.
    /// </summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles per attempt, with ±20% jitter. Default 2 seconds; range 1 millisecond to 1 hour.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts. Default 10 minutes; range <see cref="InitialRetryDelay"/> to 1 day.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one handler run may take before it is cancelled and counted as failed. Default 2 minutes; range 100 milliseconds to 1 hour, and below <see cref="LeaseDuration"/>.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a message stays leased to this dispatcher while it runs. Default 5 minutes; range 1 second to 1 day.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the inbox is checked when idle; new messages from this process wake the dispatcher at once. Default 1 second; range 10 milliseconds to 5 minutes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many messages are leased at once. Default 32; range 1 to 1,000.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How many messages are handled at the same time. Default 4; range 1 to 256.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// How long completed messages are kept, so that a late repeat is still recognised as a duplicate.
    /// Default 7 days; range 1 minute to 365 days. Dead-lettered messages are never purged automatically.
    /// </summary>
    public TimeSpan CompletedRetention { get; set; } = TimeSpan.FromDays(7);
}

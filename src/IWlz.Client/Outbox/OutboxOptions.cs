namespace IWlz.Client.Outbox;

/// <summary>
/// Options of the outbox's background sender. It retries only what may succeed later (transport errors,
/// 429, 500, 502, 503, 504) and dead-letters everything else at once. Validated when the host starts.
/// </summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// How many attempts a message gets before it is dead-lettered. Default 10; range 1 to 100. An attempt
    /// interrupted by a crash or shutdown counts too. Each attempt is one request through the PEP (the
    /// transport adds connection retries only for requests that provably never left; see docs/sending.md).
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt; it doubles per attempt, with ±20% jitter. Default 2 seconds; range 1 millisecond to 1 hour.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest backoff between attempts. Default 15 minutes; range <see cref="InitialRetryDelay"/> to 1 day.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The longest wait a receiver's <c>Retry-After</c> (seconds or HTTP date) can impose; the next attempt
    /// waits for the longer of the backoff and the Retry-After, the latter capped at this value.
    /// Default 1 hour; range 0 to 1 day.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long one attempt (token, request and the transport's own connection retries) may take before it is
    /// abandoned and counted as a transport failure. Default 2 minutes; range 100 milliseconds to 1 hour, and
    /// shorter than <see cref="LeaseDuration"/>.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a message stays leased to this sender while it is being sent. Default 5 minutes; range 1 second to 1 day.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the outbox is checked when idle; a message enqueued in this process wakes the sender at once. Default 1 second; range 10 milliseconds to 5 minutes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due messages are leased at once. Default 32; range 1 to 1,000.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How many messages are sent at the same time. Default 4; range 1 to 256.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// How long delivered messages are kept (visible through <see cref="IOutbox.GetAsync"/>) before they are
    /// deleted. Default 7 days; range 1 minute to 365 days. Dead-lettered messages are never deleted automatically.
    /// </summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);
}

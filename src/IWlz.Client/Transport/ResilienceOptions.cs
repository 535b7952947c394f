namespace IWlz.Client.Transport;

/// <summary>
/// Timeouts, retries and the circuit breaker of the PEP and nID calls. Queries are retried on transport
/// errors, 429, 500, 502, 503 and 504; mutations only when the request provably never left.
/// </summary>
public sealed class ResilienceOptions
{
    /// <summary>The longest time one whole call may take, retries included. Default 100 seconds; range 1 second to 30 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The longest time one attempt may take. Default 30 seconds; range 1 second to 10 minutes, at most <see cref="TotalTimeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest time to set up a TCP and TLS connection. Default 10 seconds; range 1 second to 2 minutes.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a failed call is retried (so at most this plus one attempts). Default 3; range 0 to 10.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay; later delays grow exponentially with jitter. Default 1 second; range 0 to 1 minute.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between two attempts, also when the server's <c>Retry-After</c> asks for more. Default 30 seconds; range 0 to 10 minutes.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of failed calls (0.01 to 1.0) in <see cref="CircuitBreakerSamplingDuration"/> that opens an endpoint's circuit. Default 0.5.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The minimum number of calls in the sampling window before the circuit can open. Default 20; range 2 to 10,000.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window over which failures are counted. Default 30 seconds; range 500 ms to 1 hour.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before it tries one. Default 5 seconds; range 500 ms to 1 hour.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The most TLS connections kept open to one endpoint at once; further calls wait for a free connection.
    /// Default 100; range 1 to 10,000.
    /// </summary>
    public int MaxConnectionsPerServer { get; set; } = 100;

    /// <summary>The largest response body the SDK reads, in bytes. Default 64 MiB; range 1 KiB to 1 GiB.</summary>
    public int MaxResponseBodyBytes { get; set; } = 64 * 1024 * 1024;
}

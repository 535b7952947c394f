namespace IWlz.Client.Testing.Faults;

/// <summary>
/// Switches that make the simulated network misbehave the way the real one can, so a client's error
/// handling and resilience can be tested. All switches are off by default and can be changed while
/// the simulator runs; <see cref="Reset"/> turns them all off.
/// </summary>
public sealed class SimulatorFaults
{
    private readonly Lock gate = new();
    private int pepFailureStatus;
    private int pepFailuresLeft;
    private long epoch;

    internal SimulatorFaults()
    {
    }

    /// <summary>
    /// When <see langword="true"/>, the nID token endpoint is unreachable: it drops every connection
    /// without an answer, so a client sees a transport failure.
    /// </summary>
    public bool TokenEndpointDown { get; set; }

    /// <summary>
    /// When <see langword="true"/>, nID hands out tokens that expired an hour ago; the PEP then answers
    /// each call with <c>401</c>.
    /// </summary>
    public bool IssueExpiredTokens { get; set; }

    /// <summary>
    /// A delay added before nID and the PEP answer, to test timeouts. Default <see cref="TimeSpan.Zero"/>;
    /// at most 5 minutes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or above 5 minutes.</exception>
    public TimeSpan ResponseDelay
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, TimeSpan.FromMinutes(5));
            field = value;
        }
    }

    /// <summary>
    /// Makes the PEP answer the next <paramref name="count"/> requests with <paramref name="statusCode"/>
    /// (for example 502 Bad Gateway or 504 Gateway Timeout) without forwarding them.
    /// </summary>
    /// <param name="statusCode">A status from 500 to 599.</param>
    /// <param name="count">How many requests fail; at least 1. Default: all, until <see cref="Reset"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The status is not a 5xx code, or the count is below 1.</exception>
    public void FailPepRequests(int statusCode, int count = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (gate)
        {
            pepFailureStatus = statusCode;
            pepFailuresLeft = count;
        }
    }

    /// <summary>
    /// Makes every token issued so far invalid, as if it had expired: the PEP answers <c>401</c> until
    /// the client fetches a new token. Use it to test that a client refreshes and retries once.
    /// </summary>
    public void ExpireIssuedTokens() => Interlocked.Increment(ref epoch);

    /// <summary>Turns every switch off.</summary>
    public void Reset()
    {
        lock (gate)
        {
            pepFailureStatus = 0;
            pepFailuresLeft = 0;
        }

        TokenEndpointDown = false;
        IssueExpiredTokens = false;
        ResponseDelay = TimeSpan.Zero;
    }

    /// <summary>The status the PEP must fail the current request with, or 0.</summary>
    internal int TakePepFailure()
    {
        lock (gate)
        {
            if (pepFailuresLeft <= 0)
            {
                return 0;
            }

            if (pepFailuresLeft != int.MaxValue)
            {
                pepFailuresLeft--;
            }

            return pepFailureStatus;
        }
    }

    /// <summary>Grows with each <see cref="ExpireIssuedTokens"/>; a token issued in an older epoch is expired.</summary>
    internal long TokenEpoch => Interlocked.Read(ref epoch);
}

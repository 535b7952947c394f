namespace IWlz.Client.Transport.Internal;

/// <summary>How long to wait before a retry: the server's <c>Retry-After</c>, or exponential backoff with jitter; never more than MaxDelay.</summary>
internal static class RetryDelay
{
    /// <summary>
    /// The delay before retry number <paramref name="retry"/> (1 for the first): <paramref name="baseDelay"/> doubled
    /// per earlier retry, spread by jitter between half and one and a half times that (so callers that failed
    /// together do not come back together), capped at <paramref name="maxDelay"/>.
    /// </summary>
    /// <param name="retry">The retry number, 1 or more.</param>
    /// <param name="baseDelay">The first nominal delay.</param>
    /// <param name="maxDelay">The cap.</param>
    /// <param name="random">A uniform random number in [0, 1).</param>
    internal static TimeSpan Backoff(int retry, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var nominal = baseDelay.Ticks * Math.Pow(2, Math.Max(retry - 1, 0));
        var jittered = nominal * (0.5 + random);
        return TimeSpan.FromTicks((long)Math.Min(jittered, maxDelay.Ticks));
    }

    /// <summary>
    /// The delay the server asked for with <c>Retry-After</c> (seconds or a date), capped at <paramref name="maxDelay"/>;
    /// <see langword="null"/> when the answer has no such header.
    /// </summary>
    internal static TimeSpan? FromRetryAfter(HttpResponseMessage? response, DateTimeOffset now, TimeSpan maxDelay)
    {
        if (response?.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        TimeSpan? asked = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : null);
        if (asked is not { } delay)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > maxDelay ? maxDelay : delay;
    }
}

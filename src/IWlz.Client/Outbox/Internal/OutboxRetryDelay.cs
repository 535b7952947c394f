namespace IWlz.Client.Outbox.Internal;

/// <summary>When the next attempt is due after a retryable failure: exponential backoff with jitter, at least the receiver's Retry-After.</summary>
internal static class OutboxRetryDelay
{
    /// <summary>
    /// The wait after failed attempt <paramref name="attempt"/> (from 1): the initial delay doubled per attempt,
    /// capped at the maximum, times a random factor between 0.8 and 1.2 (so senders that failed together do not
    /// retry together); and never shorter than the Retry-After, itself capped at <see cref="OutboxOptions.MaxRetryAfter"/>.
    /// </summary>
    public static TimeSpan For(int attempt, TimeSpan? retryAfter, OutboxOptions options, double random)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var backoff = Math.Min(options.InitialRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxRetryDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(Math.Min(backoff * (0.8 + (random * 0.4)), options.MaxRetryDelay.TotalMilliseconds));
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            var honoured = asked < options.MaxRetryAfter ? asked : options.MaxRetryAfter;
            return honoured > jittered ? honoured : jittered;
        }

        return jittered;
    }
}

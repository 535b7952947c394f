namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The circuit breaker of one endpoint of one client kind. Closed: every attempt goes out and its outcome is
/// counted in ten buckets that together span the sampling duration; when the failures reach the failure ratio
/// with at least the minimum throughput, the circuit opens. Open: attempts are refused for the break duration.
/// Half-open: one probe goes out; its success closes the circuit, its failure opens it again.
/// </summary>
/// <remarks>
/// A short lock guards the counters: uncontended it costs a few nanoseconds and never allocates, and it keeps
/// the bucket roll-over and the state changes simple to reason about.
/// </remarks>
internal sealed class EndpointCircuit
{
    private const int BucketCount = 10;

    private readonly Lock _gate = new();
    private readonly Bucket[] _buckets = new Bucket[BucketCount];
    private readonly TimeProvider _time;
    private readonly long _bucketTicks;
    private readonly long _breakTicks;
    private readonly double _failureRatio;
    private readonly int _minimumThroughput;
    private volatile CircuitState _state;
    private long _openUntil;

    internal EndpointCircuit(string endpoint, ResilienceOptions options, TimeProvider time)
    {
        Endpoint = endpoint;
        _time = time;
        BreakDuration = options.CircuitBreakerBreakDuration;
        _bucketTicks = Math.Max(1, ToTicks(options.CircuitBreakerSamplingDuration, time) / BucketCount);
        _breakTicks = ToTicks(BreakDuration, time);
        _failureRatio = options.CircuitBreakerFailureRatio;
        _minimumThroughput = options.CircuitBreakerMinimumThroughput;
    }

    /// <summary>The endpoint's scheme and authority, for log lines and error messages.</summary>
    internal string Endpoint { get; }

    /// <summary>How long the circuit stays open once it opens.</summary>
    internal TimeSpan BreakDuration { get; }

    /// <summary>The state now (for tests and diagnostics).</summary>
    internal CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>
    /// Asks to send one attempt. <see langword="false"/>: the circuit is open (or a probe is already out) and the
    /// attempt must not be sent. <paramref name="isProbe"/> tells the caller to report the outcome as the probe's.
    /// </summary>
    internal bool TryEnter(out bool isProbe)
    {
        isProbe = false;
        if (_state == CircuitState.Closed)
        {
            return true; // the common path: no lock
        }

        lock (_gate)
        {
            switch (_state)
            {
                case CircuitState.Closed:
                    return true;
                case CircuitState.Open when _time.GetTimestamp() >= _openUntil:
                    _state = CircuitState.HalfOpen;
                    isProbe = true;
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Counts the outcome of an attempt that <see cref="TryEnter"/> let through. Returns <see langword="true"/>
    /// when this outcome opened the circuit (the caller logs it once).
    /// </summary>
    internal bool Record(bool failed, bool isProbe)
    {
        var now = _time.GetTimestamp();
        lock (_gate)
        {
            if (isProbe)
            {
                if (failed)
                {
                    return Open(now);
                }

                _state = CircuitState.Closed;
                Array.Clear(_buckets);
                return false;
            }

            if (_state != CircuitState.Closed)
            {
                return false; // an attempt that started before the circuit opened: the verdict is already out
            }

            var index = now / _bucketTicks;
            ref var bucket = ref _buckets[(int)(index % BucketCount)];
            if (bucket.Index != index)
            {
                bucket = new Bucket { Index = index };
            }

            bucket.Total++;
            if (!failed)
            {
                return false;
            }

            bucket.Failures++;
            int total = 0, failures = 0;
            foreach (var b in _buckets)
            {
                if (b.Index > index - BucketCount)
                {
                    total += b.Total;
                    failures += b.Failures;
                }
            }

            return total >= _minimumThroughput && failures >= _failureRatio * total && Open(now);
        }
    }

    /// <summary>
    /// A probe that ended without a verdict (the caller canceled it): the circuit stays open, but the next
    /// attempt may probe at once instead of waiting for a verdict that never comes.
    /// </summary>
    internal void ReleaseProbe()
    {
        lock (_gate)
        {
            if (_state == CircuitState.HalfOpen)
            {
                _state = CircuitState.Open;
                _openUntil = _time.GetTimestamp();
            }
        }
    }

    private static long ToTicks(TimeSpan duration, TimeProvider time) =>
        (long)Math.Min(duration.TotalSeconds * time.TimestampFrequency, long.MaxValue / 4);

    private bool Open(long now)
    {
        _state = CircuitState.Open;
        _openUntil = now + _breakTicks;
        Array.Clear(_buckets);
        return true;
    }

    private struct Bucket
    {
        internal long Index;
        internal int Total;
        internal int Failures;
    }
}

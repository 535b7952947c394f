namespace IWlz.Client.Sending;

/// <summary>The outcome of one attempt to deliver a notification or melding.</summary>
public sealed class SendResult
{
    private SendResult(Guid? receiverId, SendFailureReason reason, string? description, TimeSpan? retryAfter)
    {
        ReceiverId = receiverId;
        FailureReason = reason;
        Description = description;
        RetryAfter = retryAfter;
    }

    /// <summary>Whether the receiver acknowledged the message: HTTP 200, a non-null ID and no errors.</summary>
    public bool IsDelivered => ReceiverId is not null;

    /// <summary>The <c>notificatieID</c> or <c>meldingID</c> the receiver gave; <see langword="null"/> when not delivered.</summary>
    public Guid? ReceiverId { get; }

    /// <summary>Why it was not delivered; <see cref="SendFailureReason.None"/> when it was.</summary>
    public SendFailureReason FailureReason { get; }

    /// <summary>Whether trying again can help (transport errors, 429, 500, 502, 503, 504).</summary>
    public bool IsRetryable => FailureReason is SendFailureReason.Transport or SendFailureReason.RateLimited or SendFailureReason.ServerError;

    /// <summary>A description of the failure without personal data; <see langword="null"/> when delivered.</summary>
    public string? Description { get; }

    /// <summary>The receiver's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The B3 trace ID the attempt was sent with, when it was sent; quote it in support requests.</summary>
    public string? TraceId { get; private init; }

    /// <summary>The B3 span ID of the last request of the attempt, when it was sent.</summary>
    public string? SpanId { get; private init; }

    internal static SendResult Delivered(Guid id) => new(id, SendFailureReason.None, null, null);

    internal static SendResult Failed(SendFailureReason reason, string description, TimeSpan? retryAfter = null) => new(null, reason, description, retryAfter);

    /// <summary>This outcome with the trace and span the attempt was sent with.</summary>
    internal SendResult WithTrace(string? traceId, string? spanId) =>
        new(ReceiverId, FailureReason, Description, RetryAfter) { TraceId = traceId, SpanId = spanId };

    /// <summary>The outcome; safe to log.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => IsDelivered ? $"Delivered ({ReceiverId})" : $"{FailureReason}: {Description}";
}

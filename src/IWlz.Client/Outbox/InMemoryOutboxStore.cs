using IWlz.Client.Sending;

namespace IWlz.Client.Outbox;

/// <summary>
/// An outbox store in process memory, for tests and samples. It follows the same contract as
/// <see cref="SqliteOutboxStore"/> but is NOT durable: pending messages are lost when the process ends,
/// so never use it to send real notifications.
/// </summary>
public sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Row> _rows = [];
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    public InMemoryOutboxStore(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Task EnqueueAsync(Guid id, OutgoingMessage message, DateTimeOffset enqueuedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_rows.TryAdd(id, new Row(id, message, enqueuedAt)))
            {
                throw new InvalidOperationException($"The outbox already holds a message {id}.");
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            var due = _rows.Values
                .Where(r => r.Status == OutboxMessageStatus.Pending && r.NextAttemptAt <= now && (r.LeaseOwner is null || r.LeaseExpiresAt <= now))
                .OrderBy(r => r.NextAttemptAt).ThenBy(r => r.EnqueuedAt)
                .Take(maxCount)
                .ToList();
            foreach (var row in due)
            {
                row.LeaseOwner = owner;
                row.LeaseExpiresAt = now + leaseDuration;
                row.Attempts++;
            }

            return Task.FromResult<IReadOnlyList<OutboxEntry>>(due.Select(r => r.ToEntry()).ToList());
        }
    }

    /// <inheritdoc />
    public Task<bool> MarkDeliveredAsync(Guid id, Guid receiverId, string? traceId, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var row) || row.Status == OutboxMessageStatus.Delivered)
            {
                return Task.FromResult(false);
            }

            row.Status = OutboxMessageStatus.Delivered;
            row.ReceiverId = receiverId;
            row.FinishedAt = now;
            row.FailureReason = SendFailureReason.None;
            row.LastError = null;
            row.TraceId = traceId ?? row.TraceId;
            row.LeaseOwner = null;
            row.LeaseExpiresAt = null;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> RescheduleAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, SendResult? failure, CancellationToken cancellationToken) =>
        Task.FromResult(UpdateLeased(id, owner, failure, (row, _) => row.NextAttemptAt = nextAttemptAt));

    /// <inheritdoc />
    public Task<bool> DeadLetterAsync(Guid id, string owner, SendResult failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Task.FromResult(UpdateLeased(id, owner, failure, (row, now) =>
        {
            row.Status = OutboxMessageStatus.DeadLettered;
            row.FinishedAt = now;
        }));
    }

    /// <inheritdoc />
    public Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var row) || row.Status != OutboxMessageStatus.DeadLettered)
            {
                return Task.FromResult(false);
            }

            row.Status = OutboxMessageStatus.Pending;
            row.Attempts = 0;
            row.NextAttemptAt = now;
            row.FinishedAt = null;
            row.LeaseOwner = null;
            row.LeaseExpiresAt = null;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<OutboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.TryGetValue(id, out var row) ? row.ToEntry() : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxMessageStatus status, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        lock (_lock)
        {
            var rows = _rows.Values.Where(r => r.Status == status);
            rows = status == OutboxMessageStatus.Pending
                ? rows.OrderBy(r => r.NextAttemptAt).ThenBy(r => r.EnqueuedAt)
                : rows.OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.EnqueuedAt);
            return Task.FromResult<IReadOnlyList<OutboxEntry>>(rows.Take(maxCount).Select(r => r.ToEntry()).ToList());
        }
    }

    /// <inheritdoc />
    public Task<OutboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(new OutboxStatistics(
                _rows.Values.Count(r => r.Status == OutboxMessageStatus.Pending),
                _rows.Values.Count(r => r.Status == OutboxMessageStatus.Delivered),
                _rows.Values.Count(r => r.Status == OutboxMessageStatus.DeadLettered)));
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var purge = _rows.Values.Where(r => r.Status == OutboxMessageStatus.Delivered && r.FinishedAt < deliveredBefore).ToList();
            foreach (var row in purge)
            {
                _rows.Remove(row.Id);
            }

            return Task.FromResult(purge.Count);
        }
    }

    private bool UpdateLeased(Guid id, string owner, SendResult? failure, Action<Row, DateTimeOffset> update)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var row) || row.Status != OutboxMessageStatus.Pending || row.LeaseOwner != owner)
            {
                return false;
            }

            update(row, now);
            if (failure is not null)
            {
                row.FailureReason = failure.FailureReason;
                row.LastError = failure.Description ?? row.LastError;
                row.TraceId = failure.TraceId ?? row.TraceId;
            }

            row.LeaseOwner = null;
            row.LeaseExpiresAt = null;
            return true;
        }
    }

    private sealed class Row(Guid id, OutgoingMessage message, DateTimeOffset enqueuedAt)
    {
        public Guid Id { get; } = id;

        public OutgoingMessage Message { get; } = message;

        public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;

        public OutboxMessageStatus Status { get; set; }

        public int Attempts { get; set; }

        public DateTimeOffset NextAttemptAt { get; set; } = enqueuedAt;

        public string? LeaseOwner { get; set; }

        public DateTimeOffset? LeaseExpiresAt { get; set; }

        public SendFailureReason FailureReason { get; set; }

        public string? LastError { get; set; }

        public string? TraceId { get; set; }

        public Guid? ReceiverId { get; set; }

        public DateTimeOffset? FinishedAt { get; set; }

        public OutboxEntry ToEntry() => new()
        {
            Id = Id,
            Message = Message,
            Status = Status,
            Attempts = Attempts,
            EnqueuedAt = EnqueuedAt,
            NextAttemptAt = NextAttemptAt,
            LastFailureReason = FailureReason,
            LastError = LastError,
            LastTraceId = TraceId,
            ReceiverId = ReceiverId,
            FinishedAt = FinishedAt,
        };
    }
}

namespace IWlz.Client.Inbox;

/// <summary>
/// An inbox in process memory, for tests and samples. It follows the same contract as
/// <see cref="SqliteNotificationInbox"/> but is NOT durable: everything is lost when the process ends,
/// so never use it behind a real netwerkpunt.
/// </summary>
public sealed class InMemoryNotificationInbox : INotificationInbox
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Row> _rows = [];
    private readonly Dictionary<string, Guid> _byKey = new(StringComparer.Ordinal);

    // The rows still pending, apart from all rows: the dispatcher leases on every wake, and a scan of every row
    // ever received (completed ones stay until purged) made each lease slower the longer the process ran.
    private readonly Dictionary<Guid, Row> _pending = [];
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty inbox.</summary>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    public InMemoryNotificationInbox(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    internal InboxSignal? Signal { get; set; }

    /// <inheritdoc />
    public Task<InboxAcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var key = message.DeduplicationKey;
        InboxAcceptResult result;
        lock (_lock)
        {
            if (_byKey.TryGetValue(key, out var existing))
            {
                result = new InboxAcceptResult(_rows[existing].Message, IsDuplicate: true);
            }
            else
            {
                _byKey[key] = message.Id;
                var row = new Row(message) { NextAttemptAt = message.ReceivedAt };
                _rows[message.Id] = row;
                _pending[message.Id] = row;
                result = new InboxAcceptResult(message, IsDuplicate: false);
            }
        }

        if (!result.IsDuplicate)
        {
            Signal?.Notify();
        }

        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InboxEntry>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            var due = _pending.Values
                .Where(r => r.NextAttemptAt <= now && (r.LeaseOwner is null || r.LeaseExpiresAt <= now))
                .OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Message.ReceivedAt)
                .Take(maxCount)
                .ToList();
            foreach (var row in due)
            {
                row.LeaseOwner = owner;
                row.LeaseExpiresAt = now + leaseDuration;
                row.Attempts++;
            }

            return Task.FromResult<IReadOnlyList<InboxEntry>>(due.Select(r => r.ToEntry()).ToList());
        }
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(Guid id, string owner, CancellationToken cancellationToken) =>
        Task.FromResult(UpdateLeased(id, owner, (row, now) =>
        {
            row.Status = InboxEntryStatus.Completed;
            row.FinishedAt = now;
            row.LastError = null;
        }));

    /// <inheritdoc />
    public Task<bool> RescheduleAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, string? failure, CancellationToken cancellationToken) =>
        Task.FromResult(UpdateLeased(id, owner, (row, _) =>
        {
            row.NextAttemptAt = nextAttemptAt;
            row.LastError = failure ?? row.LastError;
        }));

    /// <inheritdoc />
    public Task<bool> DeadLetterAsync(Guid id, string owner, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return Task.FromResult(UpdateLeased(id, owner, (row, now) =>
        {
            row.Status = InboxEntryStatus.DeadLettered;
            row.FinishedAt = now;
            row.LastError = reason;
        }));
    }

    /// <inheritdoc />
    public Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        bool replayed;
        lock (_lock)
        {
            replayed = _rows.TryGetValue(id, out var row) && row.Status == InboxEntryStatus.DeadLettered;
            if (replayed)
            {
                row!.Status = InboxEntryStatus.Pending;
                row.Attempts = 0;
                row.NextAttemptAt = now;
                row.FinishedAt = null;
                row.LeaseOwner = null;
                row.LeaseExpiresAt = null;
                _pending[id] = row;
            }
        }

        if (replayed)
        {
            Signal?.Notify();
        }

        return Task.FromResult(replayed);
    }

    /// <inheritdoc />
    public Task<InboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.TryGetValue(id, out var row) ? row.ToEntry() : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InboxEntry>> ListAsync(InboxEntryStatus status, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        lock (_lock)
        {
            var rows = status == InboxEntryStatus.Pending ? _pending.Values : _rows.Values.Where(r => r.Status == status);
            rows = status == InboxEntryStatus.Pending
                ? rows.OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Message.ReceivedAt)
                : rows.OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Message.ReceivedAt);
            return Task.FromResult<IReadOnlyList<InboxEntry>>(rows.Take(maxCount).Select(r => r.ToEntry()).ToList());
        }
    }

    /// <inheritdoc />
    public Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(new InboxStatistics(
                _pending.Count,
                _rows.Values.Count(r => r.Status == InboxEntryStatus.Completed),
                _rows.Values.Count(r => r.Status == InboxEntryStatus.DeadLettered)));
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeCompletedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var purge = _rows.Values.Where(r => r.Status == InboxEntryStatus.Completed && r.FinishedAt < finishedBefore).ToList();
            foreach (var row in purge)
            {
                _rows.Remove(row.Message.Id);
                _byKey.Remove(row.Message.DeduplicationKey);
            }

            return Task.FromResult(purge.Count);
        }
    }

    private bool UpdateLeased(Guid id, string owner, Action<Row, DateTimeOffset> update)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_rows.TryGetValue(id, out var row) || row.Status != InboxEntryStatus.Pending || row.LeaseOwner != owner)
            {
                return false;
            }

            update(row, now);
            if (row.Status != InboxEntryStatus.Pending)
            {
                _pending.Remove(id);
            }

            row.LeaseOwner = null;
            row.LeaseExpiresAt = null;
            return true;
        }
    }

    private sealed class Row(InboundMessage message)
    {
        public InboundMessage Message { get; } = message;

        public InboxEntryStatus Status { get; set; }

        public int Attempts { get; set; }

        public DateTimeOffset NextAttemptAt { get; set; }

        public string? LeaseOwner { get; set; }

        public DateTimeOffset? LeaseExpiresAt { get; set; }

        public string? LastError { get; set; }

        public DateTimeOffset? FinishedAt { get; set; }

        public InboxEntry ToEntry() => new()
        {
            Message = Message,
            Status = Status,
            Attempts = Attempts,
            NextAttemptAt = NextAttemptAt,
            LastError = LastError,
            FinishedAt = FinishedAt,
        };
    }
}

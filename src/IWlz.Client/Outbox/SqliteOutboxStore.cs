using IWlz.Client.Outbox.Internal;
using IWlz.Client.Sending;
using IWlz.Client.Storage;
using Microsoft.Data.Sqlite;

namespace IWlz.Client.Outbox;

/// <summary>
/// The default outbox store: a table in the embedded SQLite database (write-ahead logging, group commit) that
/// the inbox also uses. An enqueued message is on disk before <see cref="EnqueueAsync"/> returns.
/// </summary>
/// <remarks>
/// One database file belongs to one running process. When the store opens, leases left behind by a previous
/// process (one that crashed or was killed) are released, so their messages are sent again.
/// </remarks>
public sealed class SqliteOutboxStore : IOutboxStore, IAsyncDisposable
{
    private const string Columns = "id, kind, message, enqueued_at, status, attempts, next_attempt_at, failure_reason, last_error, trace_id, receiver_id, finished_at";
    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<Task> _initialization;

    /// <summary>Creates a store on its own database file.</summary>
    /// <param name="options">Where the file is and how it is flushed.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    public SqliteOutboxStore(SqliteStorageOptions options, TimeProvider? timeProvider = null)
        : this(new SqliteDatabase(options), timeProvider ?? TimeProvider.System, ownsDatabase: true)
    {
    }

    internal SqliteOutboxStore(SqliteDatabase database, TimeProvider timeProvider, bool ownsDatabase)
    {
        _database = database;
        _timeProvider = timeProvider;
        _ownsDatabase = ownsDatabase;
        _initialization = new Lazy<Task>(InitializeCoreAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _database.FullPath;

    /// <summary>Creates the table when needed and releases leases of a previous process. Called on first use.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    public Task InitializeAsync(CancellationToken cancellationToken) => _initialization.Value.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async Task EnqueueAsync(Guid id, OutgoingMessage message, DateTimeOffset enqueuedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var json = OutboxMessageJson.Serialize(message);
        await _database.WriteAsync(connection =>
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO iwlz_outbox (id, kind, event_type, message, enqueued_at, status, attempts, next_attempt_at)
                VALUES ($id, $kind, $eventType, $message, $now, 0, 0, $now);
                """;
            insert.Parameters.AddWithValue("$id", id.ToString("D"));
            insert.Parameters.AddWithValue("$kind", OutboxMessageJson.KindOf(message));
            insert.Parameters.AddWithValue("$eventType", message.EventType);
            insert.Parameters.AddWithValue("$message", json);
            insert.Parameters.AddWithValue("$now", ToUnix(enqueuedAt));
            return insert.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = Now();
        return await _database.WriteAsync<IReadOnlyList<OutboxEntry>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE iwlz_outbox SET lease_owner = $owner, lease_expires_at = $expires, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM iwlz_outbox
                    WHERE status = 0 AND next_attempt_at <= $now AND (lease_owner IS NULL OR lease_expires_at <= $now)
                    ORDER BY next_attempt_at, enqueued_at
                    LIMIT $max)
                RETURNING {Columns};
                """;
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$expires", ToUnix(now + leaseDuration));
            command.Parameters.AddWithValue("$now", ToUnix(now));
            command.Parameters.AddWithValue("$max", maxCount);
            var entries = ReadAll(command);
            entries.Sort((a, b) => a.NextAttemptAt.CompareTo(b.NextAttemptAt));
            return entries;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> MarkDeliveredAsync(Guid id, Guid receiverId, string? traceId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = ToUnix(Now());
        return await _database.WriteAsync(connection =>
        {
            // One statement: the state and the receiver's ID change together or not at all.
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE iwlz_outbox SET status = 1, receiver_id = $receiver, finished_at = $now, failure_reason = 0,
                    last_error = NULL, trace_id = COALESCE($trace, trace_id), lease_owner = NULL, lease_expires_at = NULL
                WHERE id = $id AND status <> 1;
                """;
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            command.Parameters.AddWithValue("$receiver", receiverId.ToString("D"));
            command.Parameters.AddWithValue("$trace", (object?)traceId ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", now);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> RescheduleAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, SendResult? failure, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(id, owner, "next_attempt_at = $next", nextAttemptAt, failure, cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeadLetterAsync(Guid id, string owner, SendResult failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return UpdateLeasedAsync(id, owner, "status = 2, finished_at = $now", null, failure, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = ToUnix(Now());
        return await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE iwlz_outbox SET status = 0, attempts = 0, next_attempt_at = $now, finished_at = NULL,
                    lease_owner = NULL, lease_expires_at = NULL
                WHERE id = $id AND status = 2;
                """;
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            command.Parameters.AddWithValue("$now", now);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<OutboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM iwlz_outbox WHERE id = $id;";
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            return ReadAll(command).FirstOrDefault();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxMessageStatus status, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var order = status == OutboxMessageStatus.Pending ? "next_attempt_at, enqueued_at" : "finished_at DESC, enqueued_at DESC";
        return await _database.ReadAsync<IReadOnlyList<OutboxEntry>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM iwlz_outbox WHERE status = $status ORDER BY {order} LIMIT $max;";
            command.Parameters.AddWithValue("$status", (int)status);
            command.Parameters.AddWithValue("$max", maxCount);
            return ReadAll(command);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<OutboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT status, COUNT(*) FROM iwlz_outbox GROUP BY status;";
            using var reader = command.ExecuteReader();
            long pending = 0, delivered = 0, dead = 0;
            while (reader.Read())
            {
                var count = reader.GetInt64(1);
                switch ((OutboxMessageStatus)reader.GetInt32(0))
                {
                    case OutboxMessageStatus.Pending: pending = count; break;
                    case OutboxMessageStatus.Delivered: delivered = count; break;
                    case OutboxMessageStatus.DeadLettered: dead = count; break;
                }
            }

            return new OutboxStatistics(pending, delivered, dead);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> PurgeDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM iwlz_outbox WHERE status = 1 AND finished_at < $before;";
            command.Parameters.AddWithValue("$before", ToUnix(deliveredBefore));
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ownsDatabase)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task InitializeCoreAsync()
    {
        await _database.EnsureMigratedAsync(OutboxMigrations.Component, OutboxMigrations.All, CancellationToken.None).ConfigureAwait(false);

        // This process owns the file: any lease still recorded belongs to a process that is gone. Its message
        // may have reached the receiver before the crash; it is sent again (at-least-once).
        await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE iwlz_outbox SET lease_owner = NULL, lease_expires_at = NULL WHERE status = 0 AND lease_owner IS NOT NULL;";
            return command.ExecuteNonQuery();
        }, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<bool> UpdateLeasedAsync(Guid id, string owner, string assignments, DateTimeOffset? next, SendResult? failure, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = ToUnix(Now());
        return await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE iwlz_outbox SET {assignments}, lease_owner = NULL, lease_expires_at = NULL,
                    failure_reason = COALESCE($reason, failure_reason), last_error = COALESCE($error, last_error),
                    trace_id = COALESCE($trace, trace_id)
                WHERE id = $id AND status = 0 AND lease_owner = $owner;
                """;
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$next", next is { } n ? ToUnix(n) : now);
            command.Parameters.AddWithValue("$reason", failure is null ? DBNull.Value : (int)failure.FailureReason);
            command.Parameters.AddWithValue("$error", (object?)failure?.Description ?? DBNull.Value);
            command.Parameters.AddWithValue("$trace", (object?)failure?.TraceId ?? DBNull.Value);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static List<OutboxEntry> ReadAll(SqliteCommand command)
    {
        var entries = new List<OutboxEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new OutboxEntry
            {
                Id = Guid.Parse(reader.GetString(0)),
                Message = OutboxMessageJson.Deserialize(reader.GetInt32(1), reader.GetString(2)),
                EnqueuedAt = FromUnix(reader.GetInt64(3)),
                Status = (OutboxMessageStatus)reader.GetInt32(4),
                Attempts = reader.GetInt32(5),
                NextAttemptAt = FromUnix(reader.GetInt64(6)),
                LastFailureReason = (SendFailureReason)reader.GetInt32(7),
                LastError = reader.IsDBNull(8) ? null : reader.GetString(8),
                LastTraceId = reader.IsDBNull(9) ? null : reader.GetString(9),
                ReceiverId = reader.IsDBNull(10) ? null : Guid.Parse(reader.GetString(10)),
                FinishedAt = reader.IsDBNull(11) ? null : FromUnix(reader.GetInt64(11)),
            });
        }

        return entries;
    }

    private DateTimeOffset Now() => _timeProvider.GetUtcNow();

    private static long ToUnix(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromUnix(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}

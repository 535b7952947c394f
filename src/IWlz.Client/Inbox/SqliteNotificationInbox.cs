using System.Globalization;
using IWlz.Client.Inbox.Internal;
using IWlz.Client.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IWlz.Client.Inbox;

/// <summary>
/// The default inbox: an embedded SQLite database file in write-ahead-logging mode. Concurrent
/// acknowledgements are committed together, so each one waits for at most one flush to disk.
/// </summary>
/// <remarks>
/// One database file belongs to one running process. When the inbox opens, leases left behind by a
/// previous process (one that crashed or was killed) are released, so their messages are delivered again.
/// </remarks>
public sealed class SqliteNotificationInbox : INotificationInbox, IAsyncDisposable
{
    private const string Columns = InboxRows.Columns;

    private const string InsertSql = """
        INSERT INTO iwlz_inbox (id, kind, dedup_key, event_type, message, received_at, status, attempts, next_attempt_at, lease_owner, lease_expires_at)
        VALUES ($id, $kind, $key, $eventType, $message, $receivedAt, 0, $attempts, $receivedAt, $owner, $expires)
        ON CONFLICT (dedup_key) DO NOTHING;
        """;

    private const string SelectByKeySql = InboxRows.SelectByKeySql;

    private const string LeaseSql = $"""
        UPDATE iwlz_inbox SET lease_owner = $owner, lease_expires_at = $expires, attempts = attempts + 1
        WHERE id IN (
            SELECT id FROM iwlz_inbox
            WHERE status = 0 AND next_attempt_at <= $now AND (lease_owner IS NULL OR lease_expires_at <= $now)
            ORDER BY next_attempt_at, received_at
            LIMIT $max)
        RETURNING {Columns};
        """;

    private const string CompleteSql = """
        UPDATE iwlz_inbox SET status = 1, finished_at = $now, last_error = NULL, lease_owner = NULL, lease_expires_at = NULL
        WHERE id = $id AND status = 0 AND lease_owner = $owner;
        """;

    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<Task> _initialization;

    // The accept path through the intake journal; null when the journal is switched off.
    private readonly JournalIntake? _intake;
    private ILogger _logger = NullLogger.Instance;

    /// <summary>Creates an inbox on its own database file.</summary>
    /// <param name="options">Where the file is and how it is flushed.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    public SqliteNotificationInbox(SqliteStorageOptions options, TimeProvider? timeProvider = null)
        : this(new SqliteDatabase(options), timeProvider ?? TimeProvider.System, ownsDatabase: true)
    {
    }

    internal SqliteNotificationInbox(SqliteDatabase database, TimeProvider timeProvider, bool ownsDatabase)
    {
        _database = database;
        _timeProvider = timeProvider;
        _ownsDatabase = ownsDatabase;
        if (database.Options.UseIntakeJournal)
        {
            _intake = new JournalIntake(database, timeProvider);
        }

        _initialization = new Lazy<Task>(InitializeCoreAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _database.FullPath;

    internal InboxSignal? Signal { get; set; }

    /// <summary>Where compaction failures are logged (counts and error types only).</summary>
    internal ILogger Logger
    {
        get => _logger;
        set
        {
            _logger = value;
            _intake?.Logger = value;
        }
    }

    /// <summary>The most journal-resident messages; <see cref="JournalIntake.DefaultResidentLimit"/> except in tests.</summary>
    internal int JournalResidentLimit
    {
        get => _intake?.ResidentLimit ?? JournalIntake.DefaultResidentLimit;
        init => _intake?.ResidentLimit = value;
    }

    /// <summary>The accept path through the intake journal; <see langword="null"/> when it is switched off. For tests.</summary>
    internal JournalIntake? Intake => _intake;

    /// <summary>The dispatcher's hand-off queue; <see langword="null"/> when every message is read back from the file.</summary>
    internal InboxHandoff? Handoff { get; set; }

    /// <summary>Creates the tables when needed and releases leases of a previous process. Called on first use.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the inbox is ready.</returns>
    public Task InitializeAsync(CancellationToken cancellationToken) => _initialization.Value.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<InboxAcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var key = message.DeduplicationKey;
        var json = InboundMessageJson.Serialize(message);
        var id = message.Id.ToString("D");
        var receivedAt = ToUnix(message.ReceivedAt);
        if (_intake is not null)
        {
            var handedTo = Handoff;
            var (accepted, reserved, stored) = await _intake.AcceptAsync(message, key, json, receivedAt, handedTo, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                AnnounceStored(handedTo, reserved, stored, receivedAt);
            }

            return accepted;
        }

        // A message handed to the dispatcher in memory is stored as leased by it, with its first attempt counted,
        // so the database way does not deliver it a second time; a crash leaves it pending (leases are reset at
        // start-up) and the attempt counted, exactly as if the dispatcher had leased it from the file.
        var handoff = Handoff;
        var owner = handoff?.TryReserve();
        InboxAcceptResult result;
        try
        {
            result = await _database.WriteAsync(connection =>
            {
                // Prepared once on the writer connection and reused: only the values are bound per message.
                var insert = _database.Statement(connection, InsertSql);
                insert.Parameters.AddWithValue("$id", id);
                insert.Parameters.AddWithValue("$kind", (int)message.Kind);
                insert.Parameters.AddWithValue("$key", key);
                insert.Parameters.AddWithValue("$eventType", message.EventType);
                insert.Parameters.AddWithValue("$message", json);
                insert.Parameters.AddWithValue("$receivedAt", receivedAt);
                insert.Parameters.AddWithValue("$attempts", owner is null ? 0 : 1);
                insert.Parameters.AddWithValue("$owner", (object?)owner ?? DBNull.Value);
                insert.Parameters.AddWithValue("$expires", owner is null ? DBNull.Value : (object)InboxRows.HeldInMemory);
                if (insert.ExecuteNonQuery() == 1)
                {
                    return new InboxAcceptResult(message, IsDuplicate: false);
                }

                var select = _database.Statement(connection, SelectByKeySql);
                select.Parameters.AddWithValue("$key", key);
                using var reader = select.ExecuteReader();
                if (!reader.Read())
                {
                    throw new InvalidOperationException("The inbox reported a duplicate but the stored copy was not found.");
                }

                return new InboxAcceptResult(InboxRows.Read(reader).ToEntry().Message, IsDuplicate: true);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            if (owner is not null)
            {
                handoff!.Release();
            }

            throw;
        }

        if (result.IsDuplicate)
        {
            if (owner is not null)
            {
                handoff!.Release();
            }

            return result;
        }

        AnnounceStored(handoff, owner, InboxRows.AsStored(message, receivedAt), receivedAt);
        return result;
    }

    /// <summary>
    /// Tells the dispatcher that a new message is durable: the message itself when this store reserved a place in the
    /// hand-off (<paramref name="owner"/>), otherwise only that it must look in the file. Both accept paths end here.
    /// </summary>
    private void AnnounceStored(InboxHandoff? handoff, string? owner, InboundMessage stored, long receivedAt)
    {
        if (owner is not null)
        {
            handoff!.Publish(new InboxEntry
            {
                Message = stored,
                Status = InboxEntryStatus.Pending,
                Attempts = 1,
                NextAttemptAt = FromUnix(receivedAt),
            });
        }
        else
        {
            handoff?.MarkStoredWithoutHandoff();
        }

        Signal?.Notify();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxEntry>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (_intake is { HasNotHandedOff: true })
        {
            // Messages acknowledged while no dispatcher place was free are only in the journal: make them leasable.
            await _intake.CompactAsync().ConfigureAwait(false);
        }

        var now = Now();

        // A lease is bookkeeping: lost on a power failure, the message is simply delivered again. So it does not
        // wait for a flush of its own, and the stored JSON is parsed after the writer is free again.
        var rows = await _database.WriteAsync(connection =>
        {
            var command = _database.Statement(connection, LeaseSql);
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$expires", ToUnix(now + leaseDuration));
            command.Parameters.AddWithValue("$now", ToUnix(now));
            command.Parameters.AddWithValue("$max", maxCount);
            var leased = new List<InboxStoredRow>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                leased.Add(InboxRows.Read(reader));
            }

            return leased;
        }, SqliteCommitFlush.Deferred, cancellationToken).ConfigureAwait(false);
        var entries = rows.ConvertAll(row => row.ToEntry());
        entries.Sort((a, b) => a.NextAttemptAt.CompareTo(b.NextAttemptAt));
        return entries;
    }

    /// <inheritdoc />
    public async Task<bool> CompleteAsync(Guid id, string owner, CancellationToken cancellationToken) =>
        (await CompleteManyAsync([id], owner, cancellationToken).ConfigureAwait(false)).Count == 0;

    /// <inheritdoc />
    /// <remarks>
    /// All completions are one write (one prepared statement, executed per ID; a message only the intake journal holds
    /// gets a journal record instead). A completion is written (committed, or appended to the journal file) before this
    /// returns, so it survives a crash of the process; it reaches the disk with the next acknowledgement, compaction or
    /// checkpoint (within a second), so a power failure can at worst make a handled message run again.
    /// </remarks>
    public async Task<IReadOnlyCollection<Guid>> CompleteManyAsync(IReadOnlyList<Guid> ids, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (ids.Count == 0)
        {
            return [];
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = ToUnix(Now());
        if (_intake is null)
        {
            return await CompleteInDatabaseAsync(ids, owner, now, cancellationToken).ConfigureAwait(false);
        }

        // A message only the journal holds is completed there; everything else in SQLite.
        var (inDatabase, lost) = await _intake.CompleteAsync(ids, owner, now).ConfigureAwait(false);
        if (inDatabase is not null)
        {
            var lostInDatabase = await CompleteInDatabaseAsync(inDatabase, owner, now, cancellationToken).ConfigureAwait(false);
            if (lostInDatabase.Count > 0)
            {
                (lost ??= []).AddRange(lostInDatabase);
            }
        }

        return lost ?? (IReadOnlyCollection<Guid>)[];
    }

    private Task<IReadOnlyCollection<Guid>> CompleteInDatabaseAsync(IReadOnlyList<Guid> ids, string owner, long now, CancellationToken cancellationToken)
    {
        return _database.WriteAsync<IReadOnlyCollection<Guid>>(connection =>
        {
            List<Guid>? lost = null;
            foreach (var id in ids)
            {
                var command = _database.Statement(connection, CompleteSql);
                command.Parameters.AddWithValue("$id", id.ToString("D"));
                command.Parameters.AddWithValue("$owner", owner);
                command.Parameters.AddWithValue("$now", now);
                if (command.ExecuteNonQuery() != 1)
                {
                    (lost ??= []).Add(id);
                }
            }

            return lost ?? (IReadOnlyCollection<Guid>)[];
        }, SqliteCommitFlush.Deferred, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RescheduleAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, string? failure, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(id, owner, "next_attempt_at = $next, last_error = COALESCE($error, last_error)", nextAttemptAt, failure, SqliteCommitFlush.Deferred, cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeadLetterAsync(Guid id, string owner, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return UpdateLeasedAsync(id, owner, "status = 2, finished_at = $now, last_error = $error", null, reason, SqliteCommitFlush.Immediate, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await CompactAsync().ConfigureAwait(false);
        var now = ToUnix(Now());
        var replayed = await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE iwlz_inbox SET status = 0, attempts = 0, next_attempt_at = $now, finished_at = NULL,
                    lease_owner = NULL, lease_expires_at = NULL
                WHERE id = $id AND status = 2;
                """;
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            command.Parameters.AddWithValue("$now", now);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken).ConfigureAwait(false);
        if (replayed)
        {
            Handoff?.MarkStoredWithoutHandoff();
            Signal?.Notify();
        }

        return replayed;
    }

    /// <inheritdoc />
    public async Task<InboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await CompactAsync().ConfigureAwait(false);
        return await _database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM iwlz_inbox WHERE id = $id;";
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            return ReadAll(command).FirstOrDefault();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxEntry>> ListAsync(InboxEntryStatus status, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await CompactAsync().ConfigureAwait(false);

        // The status is written as a literal so that SQLite can use the partial index of that state.
        var filter = status == InboxEntryStatus.Pending
            ? "status = 0 ORDER BY next_attempt_at, received_at"
            : string.Create(CultureInfo.InvariantCulture, $"status = {(int)status} AND finished_at IS NOT NULL ORDER BY finished_at DESC, received_at DESC");
        return await _database.ReadAsync<IReadOnlyList<InboxEntry>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM iwlz_inbox WHERE {filter} LIMIT $max;";
            command.Parameters.AddWithValue("$max", maxCount);
            return ReadAll(command);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await CompactAsync().ConfigureAwait(false);
        return await _database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            // Each count reads one partial index instead of the table.
            command.CommandText = """
                SELECT (SELECT COUNT(*) FROM iwlz_inbox WHERE status = 0),
                       (SELECT COUNT(*) FROM iwlz_inbox WHERE status = 1 AND finished_at IS NOT NULL),
                       (SELECT COUNT(*) FROM iwlz_inbox WHERE status = 2 AND finished_at IS NOT NULL);
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            return new InboxStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> PurgeCompletedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await CompactAsync().ConfigureAwait(false);
        return await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM iwlz_inbox WHERE status = 1 AND finished_at IS NOT NULL AND finished_at < $before;";
            command.Parameters.AddWithValue("$before", ToUnix(finishedBefore));
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_intake is not null)
        {
            await _intake.DisposeAsync().ConfigureAwait(false);
        }

        if (_ownsDatabase)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task InitializeCoreAsync()
    {
        await _database.EnsureMigratedAsync(InboxMigrations.Component, InboxMigrations.All, CancellationToken.None).ConfigureAwait(false);
        if (_intake is not null)
        {
            // What a previous process acknowledged through the journal but did not compact yet goes into SQLite before
            // anything else reads the inbox.
            await _intake.StartAsync().ConfigureAwait(false);
        }

        // This process owns the file: any lease still recorded belongs to a process that is gone.
        await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE iwlz_inbox SET lease_owner = NULL, lease_expires_at = NULL WHERE status = 0 AND lease_owner IS NOT NULL;";
            return command.ExecuteNonQuery();
        }, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Writes what only the intake journal holds into SQLite, so a read or change of the file sees it.</summary>
    private Task CompactAsync() => _intake?.CompactAsync() ?? Task.CompletedTask;

    private async Task<bool> UpdateLeasedAsync(Guid id, string owner, string assignments, DateTimeOffset? next, string? error, SqliteCommitFlush flush, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (_intake is not null && _intake.IsResident(id))
        {
            // Retries and dead letters are rare: the message's row is written first, then changed like any other.
            await _intake.CompactAsync().ConfigureAwait(false);
        }

        var now = ToUnix(Now());
        return await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE iwlz_inbox SET {assignments}, lease_owner = NULL, lease_expires_at = NULL
                WHERE id = $id AND status = 0 AND lease_owner = $owner;
                """;
            command.Parameters.AddWithValue("$id", id.ToString("D"));
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$next", next is { } n ? ToUnix(n) : now);
            command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
            return command.ExecuteNonQuery() == 1;
        }, flush, cancellationToken).ConfigureAwait(false);
    }

    private static List<InboxEntry> ReadAll(SqliteCommand command)
    {
        var entries = new List<InboxEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(ReadEntry(reader));
        }

        return entries;
    }

    private static InboxEntry ReadEntry(SqliteDataReader reader) => InboxRows.Read(reader).ToEntry();

    private DateTimeOffset Now() => _timeProvider.GetUtcNow();

    private static long ToUnix(DateTimeOffset value) => InboxRows.ToUnix(value);

    private static DateTimeOffset FromUnix(long value) => InboxRows.FromUnix(value);
}

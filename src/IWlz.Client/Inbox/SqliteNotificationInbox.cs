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
    private const string Columns = "id, kind, message, received_at, status, attempts, next_attempt_at, last_error, finished_at";

    private const string InsertSql = """
        INSERT INTO iwlz_inbox (id, kind, dedup_key, event_type, message, received_at, status, attempts, next_attempt_at, lease_owner, lease_expires_at)
        VALUES ($id, $kind, $key, $eventType, $message, $receivedAt, 0, $attempts, $receivedAt, $owner, $expires)
        ON CONFLICT (dedup_key) DO NOTHING;
        """;

    private const string SelectByKeySql = $"SELECT {Columns} FROM iwlz_inbox WHERE dedup_key = $key;";

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
    /// <summary>
    /// The lease expiry of a message handed to the dispatcher in memory: it never runs out while this process
    /// lives, and the next process resets it at start-up like any other lease.
    /// </summary>
    private const long HeldInMemory = long.MaxValue;

    private const string CompactSql = """
        INSERT INTO iwlz_inbox (id, kind, dedup_key, event_type, message, received_at, status, attempts, next_attempt_at, lease_owner, lease_expires_at, finished_at)
        VALUES ($id, $kind, $key, $eventType, $message, $receivedAt, $status, $attempts, $receivedAt, $owner, $expires, $finishedAt)
        ON CONFLICT DO NOTHING;
        """;

    private const string CompleteReplayedSql = """
        UPDATE iwlz_inbox SET status = 1, finished_at = $now, last_error = NULL, lease_owner = NULL, lease_expires_at = NULL
        WHERE id = $id AND status = 0;
        """;

    /// <summary>How often the journal is written into SQLite when nothing else asks for it.</summary>
    internal static readonly TimeSpan CompactionInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most messages the intake journal holds that are not in SQLite yet (default 100,000, some hundreds of MiB of
    /// memory at most). Above it, as when compaction keeps failing (disk full, a locked database), an acknowledgement
    /// waits up to <see cref="JournalFullWait"/> for a compaction to make room and otherwise fails, so memory stays bounded.
    /// </summary>
    internal const int DefaultJournalResidentLimit = 100_000;

    /// <summary>How long an acknowledgement waits for a compaction when the journal holds <see cref="JournalResidentLimit"/> messages.</summary>
    internal static readonly TimeSpan JournalFullWait = TimeSpan.FromSeconds(2);

    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<Task> _initialization;

    // The intake journal (null when switched off) and the messages only it holds, by de-duplication key and by ID.
    private readonly IntakeJournal? _journal;
    private readonly Lock _journalLock = new();
    private readonly Dictionary<string, JournalResidentMessage> _journalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, JournalResidentMessage> _journalById = [];
    private readonly SemaphoreSlim _compaction = new(1, 1);
    private Task? _roomCompaction;
    private readonly CancellationTokenSource _stopping = new();
    private int _notHandedOff;
    private Task? _compactionLoop;

    // A reader connection of its own for the de-duplication lookup of the journal path, with its statement prepared once.
    private readonly Lock _lookupLock = new();
    private SqliteConnection? _lookup;
    private SqliteCommand? _lookupCommand;

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
            _journal = new IntakeJournal(database.FullPath, database.Options.Synchronous == SqliteSynchronousMode.Full);
        }

        _initialization = new Lazy<Task>(InitializeCoreAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _database.FullPath;

    internal InboxSignal? Signal { get; set; }

    /// <summary>Where compaction failures are logged (counts and error types only).</summary>
    internal ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>The most journal-resident messages; <see cref="DefaultJournalResidentLimit"/> except in tests.</summary>
    internal int JournalResidentLimit { get; init; } = DefaultJournalResidentLimit;

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
        if (_journal is not null)
        {
            return await AcceptThroughJournalAsync(message, key, json, receivedAt, cancellationToken).ConfigureAwait(false);
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
                insert.Parameters.AddWithValue("$expires", owner is null ? DBNull.Value : (object)HeldInMemory);
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

                return new InboxAcceptResult(ReadRow(reader).ToEntry().Message, IsDuplicate: true);
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

        AnnounceStored(handoff, owner, AsStored(message, receivedAt), receivedAt);
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
        if (Volatile.Read(ref _notHandedOff) > 0)
        {
            // Messages acknowledged while no dispatcher place was free are only in the journal: make them leasable.
            await CompactAsync().ConfigureAwait(false);
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
            var leased = new List<StoredRow>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                leased.Add(ReadRow(reader));
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
        if (_journal is null)
        {
            return await CompleteInDatabaseAsync(ids, owner, now, cancellationToken).ConfigureAwait(false);
        }

        // A message only the journal holds is completed in memory and by a small journal record; its row is written once,
        // already completed, by the next compaction. Everything else (and a message being compacted right now, whose
        // row write is queued before this update) is completed in SQLite.
        List<IntakeJournalRecord>? records = null;
        List<Guid>? inDatabase = null;
        List<Guid>? lost = null;
        lock (_journalLock)
        {
            foreach (var id in ids)
            {
                if (_journalById.TryGetValue(id, out var resident) && !resident.Compacting)
                {
                    if (resident.Completed || !string.Equals(resident.Owner, owner, StringComparison.Ordinal))
                    {
                        (lost ??= []).Add(id);
                        continue;
                    }

                    resident.Completed = true;
                    resident.FinishedAt = now;
                    (records ??= []).Add(new IntakeJournalCompletion(id, now));
                }
                else
                {
                    (inDatabase ??= []).Add(id);
                }
            }
        }

        if (records is not null)
        {
            // Waited for until it is written to the segment file (not flushed): then it survives a crash of the process,
            // as an SQLite commit without a flush does. It costs no flush of its own; the next acknowledgement's flush or
            // compaction makes it durable. The in-memory state already counts for this process.
            await _journal.AppendUnflushedAsync(records).ConfigureAwait(false);
        }

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
        if (_journal is not null)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
            if (_compactionLoop is not null)
            {
                await _compactionLoop.ConfigureAwait(false);
            }

            if (_initialization.IsValueCreated && _initialization.Value.IsCompletedSuccessfully)
            {
                try
                {
                    // A clean stop leaves no journal behind; when this fails, the next start replays it.
                    await CompactAsync().ConfigureAwait(false);
                }
#pragma warning disable CA1031 // The journal stays on disk and is replayed at the next start; disposal must not fail for it.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }

            await _journal.DisposeAsync().ConfigureAwait(false);
            lock (_lookupLock)
            {
                _lookupCommand?.Dispose();
                _lookup?.Dispose();
                _lookup = null;
            }
        }

        if (_ownsDatabase)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task InitializeCoreAsync()
    {
        await _database.EnsureMigratedAsync(InboxMigrations.Component, InboxMigrations.All, CancellationToken.None).ConfigureAwait(false);
        if (_journal is not null)
        {
            // What a previous process acknowledged through the journal but did not compact yet goes into SQLite before
            // anything else reads the inbox.
            var next = await ReplayJournalAsync().ConfigureAwait(false);
            _journal.Start(next);
            _compactionLoop = Task.Run(RunCompactionsAsync);
        }

        // This process owns the file: any lease still recorded belongs to a process that is gone.
        await _database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE iwlz_inbox SET lease_owner = NULL, lease_expires_at = NULL WHERE status = 0 AND lease_owner IS NOT NULL;";
            return command.ExecuteNonQuery();
        }, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<InboxAcceptResult> AcceptThroughJournalAsync(InboundMessage message, string key, string json, long receivedAt, CancellationToken cancellationToken)
    {
        // Once appended, the message is stored whatever the caller does; a request that gave up before is not stored.
        cancellationToken.ThrowIfCancellationRequested();
        if (JournalResidentCount() >= JournalResidentLimit)
        {
            await WaitForJournalRoomAsync(cancellationToken).ConfigureAwait(false);
        }

        var resident = new JournalResidentMessage(AsStored(message, receivedAt), key, json, receivedAt);
        JournalResidentMessage? earlier;
        lock (_journalLock)
        {
            // The first of concurrent repeats claims the key; the others answer with whatever it ends up storing.
            if (!_journalByKey.TryGetValue(key, out earlier))
            {
                _journalByKey.Add(key, resident);
            }
        }

        if (earlier is not null)
        {
            return new InboxAcceptResult(await earlier.Stored.WaitAsync(cancellationToken).ConfigureAwait(false), IsDuplicate: true);
        }

        // Not in the journal; it may be in the database. The key is claimed before this lookup, and a compaction removes a
        // key only after its row is committed, so a copy moving from the journal to the database is seen in one of them.
        InboundMessage? inDatabase;
        try
        {
            inDatabase = FindStoredByKey(key)?.ToEntry().Message;
        }
        catch (Exception ex)
        {
            Forget(resident, ex);
            throw;
        }

        if (inDatabase is not null)
        {
            lock (_journalLock)
            {
                _journalByKey.Remove(key);
            }

            resident.Resolve(inDatabase);
            return new InboxAcceptResult(inDatabase, IsDuplicate: true);
        }

        // As with the direct insert, a message handed to the dispatcher in memory counts its first attempt and is held by it.
        var handoff = Handoff;
        var owner = handoff?.TryReserve();
        lock (_journalLock)
        {
            resident.Owner = owner;
            resident.Attempts = owner is null ? 0 : 1;
            _journalById.Add(message.Id, resident);
            if (owner is null)
            {
                _notHandedOff++;
            }
        }

        try
        {
            await _journal!.AppendAsync([new IntakeJournalAccept(message.Id, (int)message.Kind, receivedAt, resident.Attempts, key, message.EventType, json)], resident).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Forget(resident, ex);
            if (owner is not null)
            {
                handoff!.Release();
            }

            throw;
        }

        resident.Resolve(resident.Message);
        AnnounceStored(handoff, owner, resident.Message, receivedAt);
        return new InboxAcceptResult(message, IsDuplicate: false);
    }

    private int JournalResidentCount()
    {
        lock (_journalLock)
        {
            return _journalById.Count;
        }
    }

    /// <summary>
    /// The journal is full: waits up to <see cref="JournalFullWait"/> for one compaction (shared by every acknowledgement
    /// that waits) and fails with an <see cref="IOException"/> when it fails or leaves the journal full, so the message
    /// is not acknowledged (the netwerkpunt answers 503 and the sender sends it again).
    /// </summary>
    private async Task WaitForJournalRoomAsync(CancellationToken cancellationToken)
    {
        Task compaction;
        lock (_journalLock)
        {
            if (_roomCompaction is null || _roomCompaction.IsCompleted)
            {
                _roomCompaction = Task.Run(CompactLoggedAsync, CancellationToken.None);
            }

            compaction = _roomCompaction;
        }

        Exception? failure = null;
        try
        {
            await compaction.WaitAsync(JournalFullWait, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of the compaction (or the wait running out) is reported below as the journal being full.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }

        var count = JournalResidentCount();
        if (failure is null && count < JournalResidentLimit)
        {
            return;
        }

        IntakeJournalLog.JournalFull(Logger, count, JournalResidentLimit);
        throw new IOException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The inbox's intake journal beside '{_database.FullPath}' holds {count} messages that could not be written into the database yet (limit {JournalResidentLimit}); the message is not stored. See the logged compaction failure."),
            failure);
    }

    /// <summary>A compaction whose failure is logged (and rethrown).</summary>
    private async Task CompactLoggedAsync()
    {
        try
        {
            await CompactAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            IntakeJournalLog.CompactionFailed(Logger, ex.GetType().Name, JournalResidentCount(), ex);
            throw;
        }
    }

    /// <summary>Drops a message whose store failed; a repeat waiting on it fails too, and the sender sends again.</summary>
    private void Forget(JournalResidentMessage resident, Exception failure)
    {
        lock (_journalLock)
        {
            if (_journalByKey.TryGetValue(resident.Key, out var claimed) && ReferenceEquals(claimed, resident))
            {
                _journalByKey.Remove(resident.Key);
            }

            if (_journalById.Remove(resident.Message.Id) && resident.Owner is null)
            {
                _notHandedOff--;
            }
        }

        resident.Fail(failure);
    }

    private bool IsJournalResident(Guid id)
    {
        if (_journal is null)
        {
            return false;
        }

        lock (_journalLock)
        {
            return _journalById.ContainsKey(id);
        }
    }

    /// <summary>The stored row with this de-duplication key, read on a connection of its own with a prepared statement.</summary>
    private StoredRow? FindStoredByKey(string key)
    {
        lock (_lookupLock)
        {
            try
            {
                if (_lookupCommand is null)
                {
                    _lookup = new SqliteConnection(_database.ConnectionString);
                    _lookup.Open();
                    _lookupCommand = _lookup.CreateCommand();
                    _lookupCommand.CommandText = SelectByKeySql;
                    _lookupCommand.Parameters.Add("$key", SqliteType.Text);
                    _lookupCommand.Prepare();
                }

                _lookupCommand.Parameters[0].Value = key;
                using var reader = _lookupCommand.ExecuteReader();
                return reader.Read() ? ReadRow(reader) : null;
            }
            catch
            {
                // The connection may be broken; the next lookup opens a fresh one.
                _lookupCommand?.Dispose();
                _lookup?.Dispose();
                _lookupCommand = null;
                _lookup = null;
                throw;
            }
        }
    }

    /// <summary>
    /// Writes every message that the journal holds durably into SQLite in one transaction, each in its current state
    /// (completed: one completed row; otherwise pending, held by its dispatcher when it was handed off), and deletes the
    /// journal segments once that commit is flushed. Idempotent: a row that is already there is left as it is.
    /// </summary>
    private async Task CompactAsync()
    {
        if (_journal is null)
        {
            return;
        }

        await _compaction.WaitAsync().ConfigureAwait(false);
        try
        {
            var closed = await _journal.RotateAsync().ConfigureAwait(false);
            var taken = new List<JournalResidentMessage>();
            var rows = new List<CompactedRow>();
            Task write;
            lock (_journalLock)
            {
                foreach (var resident in _journalById.Values)
                {
                    if (resident.Segment != 0 && resident.Segment <= closed)
                    {
                        resident.Compacting = true;
                        taken.Add(resident);
                        rows.Add(new CompactedRow(resident, resident.Completed, resident.Attempts, resident.Owner, resident.FinishedAt));
                    }
                }

                // Queued inside the lock: a state change that sees Compacting goes to SQLite after this write.
                write = rows.Count == 0 ? Task.CompletedTask : _database.WriteAsync(connection => WriteCompacted(connection, rows), CancellationToken.None);
            }

            try
            {
                await write.ConfigureAwait(false);
            }
            catch
            {
                lock (_journalLock)
                {
                    foreach (var resident in taken)
                    {
                        resident.Compacting = false;
                    }
                }

                throw;
            }

            lock (_journalLock)
            {
                foreach (var resident in taken)
                {
                    _journalById.Remove(resident.Message.Id);
                    if (_journalByKey.TryGetValue(resident.Key, out var claimed) && ReferenceEquals(claimed, resident))
                    {
                        _journalByKey.Remove(resident.Key);
                    }

                    if (resident.Owner is null)
                    {
                        _notHandedOff--;
                    }
                }
            }

            _journal.DeleteSegmentsThrough(closed);
        }
        finally
        {
            _compaction.Release();
        }
    }

    private int WriteCompacted(SqliteConnection connection, List<CompactedRow> rows)
    {
        var insert = _database.Statement(connection, CompactSql);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var kind = insert.Parameters.Add("$kind", SqliteType.Integer);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var eventType = insert.Parameters.Add("$eventType", SqliteType.Text);
        var json = insert.Parameters.Add("$message", SqliteType.Text);
        var receivedAt = insert.Parameters.Add("$receivedAt", SqliteType.Integer);
        var status = insert.Parameters.Add("$status", SqliteType.Integer);
        var attempts = insert.Parameters.Add("$attempts", SqliteType.Integer);
        var owner = insert.Parameters.Add("$owner", SqliteType.Text);
        var expires = insert.Parameters.Add("$expires", SqliteType.Integer);
        var finishedAt = insert.Parameters.Add("$finishedAt", SqliteType.Integer);
        foreach (var row in rows)
        {
            var message = row.Resident.Message;
            id.Value = message.Id.ToString("D");
            kind.Value = (int)message.Kind;
            key.Value = row.Resident.Key;
            eventType.Value = message.EventType;
            json.Value = row.Resident.Json;
            receivedAt.Value = row.Resident.ReceivedAt;
            status.Value = row.Completed ? (int)InboxEntryStatus.Completed : (int)InboxEntryStatus.Pending;
            attempts.Value = row.Attempts;
            var held = !row.Completed && row.Owner is not null;
            owner.Value = held ? row.Owner : DBNull.Value;
            expires.Value = held ? HeldInMemory : DBNull.Value;
            finishedAt.Value = row.Completed ? row.FinishedAt : DBNull.Value;
            insert.ExecuteNonQuery();
        }

        return rows.Count;
    }

    /// <summary>
    /// Writes the journal segments a previous process left into SQLite (pending messages unleased; their leases are
    /// released at start-up anyway) and deletes them once that commit is flushed. Returns the next segment number.
    /// </summary>
    private async Task<long> ReplayJournalAsync()
    {
        var segments = IntakeJournal.ListSegments(_database.FullPath);
        if (segments.Count == 0)
        {
            return 1;
        }

        var records = new List<IntakeJournalRecord>();
        foreach (var (_, path) in segments)
        {
            records.AddRange(IntakeJournalFormat.ReadSegment(path, await File.ReadAllBytesAsync(path).ConfigureAwait(false)));
        }

        var completed = new Dictionary<Guid, long>();
        foreach (var record in records)
        {
            if (record is IntakeJournalCompletion completion)
            {
                completed[completion.Id] = completion.FinishedAt;
            }
        }

        await _database.WriteAsync(connection =>
        {
            var accepted = new HashSet<Guid>();
            var rows = new List<CompactedRow>();
            foreach (var record in records)
            {
                if (record is IntakeJournalAccept accept && accepted.Add(accept.Id))
                {
                    var message = InboundMessageJson.Deserialize(accept.Id, (InboundMessageKind)accept.Kind, FromUnix(accept.ReceivedAt), accept.Json);
                    var resident = new JournalResidentMessage(message, accept.Key, accept.Json, accept.ReceivedAt);
                    var isCompleted = completed.TryGetValue(accept.Id, out var finishedAt);
                    rows.Add(new CompactedRow(resident, isCompleted, accept.Attempts, null, finishedAt));
                }
            }

            WriteCompacted(connection, rows);

            // Every completion again, also of rows an earlier compaction wrote (as pending, or already completed: then
            // this changes nothing), so a replay after a crash between a compaction's commit and its delete is harmless.
            foreach (var (id, finishedAt) in completed)
            {
                var update = _database.Statement(connection, CompleteReplayedSql);
                update.Parameters.AddWithValue("$id", id.ToString("D"));
                update.Parameters.AddWithValue("$now", finishedAt);
                update.ExecuteNonQuery();
            }

            return rows.Count;
        }, CancellationToken.None).ConfigureAwait(false);

        foreach (var (_, path) in segments)
        {
            File.Delete(path);
        }

        return segments[^1].Number + 1;
    }

    /// <summary>Writes the journal into SQLite every <see cref="CompactionInterval"/>, off the acknowledgement path.</summary>
    private async Task RunCompactionsAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(CompactionInterval, _timeProvider, token).ConfigureAwait(false);
                bool any;
                lock (_journalLock)
                {
                    any = _journalById.Count > 0;
                }

                if (any)
                {
                    await CompactLoggedAsync().ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed compaction is logged and tried again at the next interval; the journal keeps every message meanwhile.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    /// <summary>A journal-resident message and the state it is written into SQLite with.</summary>
    private sealed record CompactedRow(JournalResidentMessage Resident, bool Completed, int Attempts, string? Owner, long FinishedAt);

    private async Task<bool> UpdateLeasedAsync(Guid id, string owner, string assignments, DateTimeOffset? next, string? error, SqliteCommitFlush flush, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (IsJournalResident(id))
        {
            // Retries and dead letters are rare: the message's row is written first, then changed like any other.
            await CompactAsync().ConfigureAwait(false);
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

    private static InboxEntry ReadEntry(SqliteDataReader reader) => ReadRow(reader).ToEntry();

    private static StoredRow ReadRow(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt32(1),
        reader.GetString(2),
        reader.GetInt64(3),
        reader.GetInt32(4),
        reader.GetInt32(5),
        reader.GetInt64(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetInt64(8));

    /// <summary>
    /// The message as a read from the file would give it: the file keeps the receive time in milliseconds, so a
    /// handler sees the same value on the first attempt (handed off in memory) as on a retry (read back).
    /// </summary>
    private static InboundMessage AsStored(InboundMessage message, long receivedAt)
    {
        var stored = FromUnix(receivedAt);
        if (message.ReceivedAt == stored && message.ReceivedAt.Offset == TimeSpan.Zero)
        {
            return message;
        }

        return message.WithReceivedAt(stored);
    }

    private DateTimeOffset Now() => _timeProvider.GetUtcNow();

    private static long ToUnix(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromUnix(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    /// <summary>A row as read, so that parsing its JSON can happen off the writer.</summary>
    private sealed record StoredRow(string Id, int Kind, string Json, long ReceivedAt, int Status, int Attempts, long NextAttemptAt, string? LastError, long? FinishedAt)
    {
        public InboxEntry ToEntry()
        {
            var message = InboundMessageJson.Deserialize(Guid.Parse(Id), (InboundMessageKind)Kind, FromUnix(ReceivedAt), Json);
            return new InboxEntry
            {
                Message = message,
                Status = (InboxEntryStatus)Status,
                Attempts = Attempts,
                NextAttemptAt = FromUnix(NextAttemptAt),
                LastError = LastError,
                FinishedAt = FinishedAt is { } finished ? FromUnix(finished) : null,
            };
        }
    }
}

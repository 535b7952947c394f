using System.Globalization;
using IWlz.Client.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// The accept path of the SQLite inbox through the intake journal: an acknowledgement appends the message to the journal
/// (one flush per group of concurrent acknowledgements) instead of committing it to SQLite. This class holds the
/// messages only the journal has (the resident map, bounded at <see cref="ResidentLimit"/>), writes them into SQLite
/// every <see cref="CompactionInterval"/> and whenever the inbox asks (compaction), and replays what a previous process
/// left at start-up.
/// </summary>
/// <remarks>
/// De-duplication looks in the resident map first, then in SQLite. The SQLite lookup (the largest cost of a new message
/// after the flush) is skipped when the <see cref="DeduplicationKeyFilter"/> of the stored keys says the key was certainly
/// never stored: the filter is built from the table at start-up (after the replay) and a compaction adds every key it
/// writes before the key leaves the resident map, so a stored key is always in one of the two.
/// </remarks>
internal sealed class JournalIntake : IAsyncDisposable
{
    private const string CompactSql = """
        INSERT INTO iwlz_inbox (id, kind, dedup_key, event_type, message, received_at, status, attempts, next_attempt_at, lease_owner, lease_expires_at, finished_at)
        VALUES ($id, $kind, $key, $eventType, $message, $receivedAt, $status, $attempts, $receivedAt, $owner, $expires, $finishedAt)
        ON CONFLICT DO NOTHING;
        """;

    private const string SelectKeysSql = "SELECT dedup_key FROM iwlz_inbox;";

    private const string CompleteReplayedSql = """
        UPDATE iwlz_inbox SET status = 1, finished_at = $now, last_error = NULL, lease_owner = NULL, lease_expires_at = NULL
        WHERE id = $id AND status = 0;
        """;

    /// <summary>How often the journal is written into SQLite when nothing else asks for it.</summary>
    public static readonly TimeSpan CompactionInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most messages the intake journal holds that are not in SQLite yet (default 100,000, some hundreds of MiB of
    /// memory at most). Above it, as when compaction keeps failing (disk full, a locked database), an acknowledgement
    /// waits up to <see cref="JournalFullWait"/> for a compaction to make room and otherwise fails, so memory stays bounded.
    /// </summary>
    public const int DefaultResidentLimit = 100_000;

    /// <summary>How long an acknowledgement waits for a compaction when the journal holds <see cref="ResidentLimit"/> messages.</summary>
    public static readonly TimeSpan JournalFullWait = TimeSpan.FromSeconds(2);

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly IntakeJournal _journal;

    // The messages only the journal holds, by de-duplication key and by ID; guarded by _lock.
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JournalResidentMessage> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, JournalResidentMessage> _byId = [];
    private readonly SemaphoreSlim _compaction = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _roomCompaction;
    private int _notHandedOff;

    // The de-duplication keys stored in SQLite (null until started); replaced (under _lock) when it is saturated.
    private DeduplicationKeyFilter? _stored;
    private long _databaseLookups;
    private Task? _compactionLoop;
    private bool _started;

    // A reader connection of its own for the de-duplication lookup, with its statement prepared once.
    private readonly Lock _lookupLock = new();
    private SqliteConnection? _lookup;
    private SqliteCommand? _lookupCommand;

    public JournalIntake(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
        _journal = new IntakeJournal(database.FullPath, database.Options.Synchronous == SqliteSynchronousMode.Full);
    }

    /// <summary>Where compaction failures are logged (counts and error types only).</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>The most journal-resident messages; <see cref="DefaultResidentLimit"/> except in tests.</summary>
    public int ResidentLimit { get; set; } = DefaultResidentLimit;

    /// <summary>
    /// The smallest capacity of the filter of stored de-duplication keys (<see cref="DeduplicationKeyFilter.DefaultMinimumCapacity"/>
    /// except in tests); it is sized for twice the stored keys when that is more. Set before the first use.
    /// </summary>
    public int MinimumFilterCapacity { get; set; } = DeduplicationKeyFilter.DefaultMinimumCapacity;

    /// <summary>
    /// For tests only (<see langword="null"/> otherwise): runs inside the read of a filter rebuild, once its connection
    /// is open and before the table is read, so a test can make that read throw. A real database file offers no portable
    /// way to fail this one read while the compaction's write just before it succeeds, and the failure path (event 5112)
    /// must be tested.
    /// </summary>
    internal Action? BeforeRebuildRead { get; set; }

    /// <summary>How many accepts looked their de-duplication key up in SQLite (the filter said "maybe"); for tests.</summary>
    public long DatabaseLookups => Interlocked.Read(ref _databaseLookups);

    /// <summary>The filter of stored de-duplication keys; for tests.</summary>
    internal DeduplicationKeyFilter? StoredKeys
    {
        get
        {
            lock (_lock)
            {
                return _stored;
            }
        }
    }

    /// <summary>Whether messages acknowledged while no dispatcher place was free are only in the journal (not leasable yet).</summary>
    public bool HasNotHandedOff => Volatile.Read(ref _notHandedOff) > 0;

    /// <summary>
    /// Replays the journal a previous process left into SQLite, then starts the journal writer and the compaction
    /// loop. Called once, after the migrations and before anything else reads the inbox.
    /// </summary>
    public async Task StartAsync()
    {
        var next = await ReplayJournalAsync().ConfigureAwait(false);
        var stored = await LoadStoredKeysAsync().ConfigureAwait(false);
        lock (_lock)
        {
            _stored = stored;
        }

        _journal.Start(next);
        _compactionLoop = Task.Run(RunCompactionsAsync);
        _started = true;
    }

    /// <summary>
    /// Stores a message by appending it to the journal, unless it repeats one stored before (in the journal or in
    /// SQLite). Returns the result and, for a new message, the place's owner when it was handed to the dispatcher in
    /// memory and the message as stored (what the hand-off passes on).
    /// </summary>
    public async Task<(InboxAcceptResult Result, string? Owner, InboundMessage? Stored)> AcceptAsync(
        InboundMessage message, string key, string json, long receivedAt, InboxHandoff? handoff, CancellationToken cancellationToken)
    {
        // Once appended, the message is stored whatever the caller does; a request that gave up before is not stored.
        cancellationToken.ThrowIfCancellationRequested();
        if (ResidentCount() >= ResidentLimit)
        {
            await WaitForRoomAsync(cancellationToken).ConfigureAwait(false);
        }

        var resident = new JournalResidentMessage(InboxRows.AsStored(message, receivedAt), key, json, receivedAt);
        JournalResidentMessage? earlier;
        DeduplicationKeyFilter? storedKeys;
        lock (_lock)
        {
            // The first of concurrent repeats claims the key; the others answer with whatever it ends up storing.
            if (!_byKey.TryGetValue(key, out earlier))
            {
                _byKey.Add(key, resident);
            }

            storedKeys = _stored;
        }

        if (earlier is not null)
        {
            return (new InboxAcceptResult(await earlier.Stored.WaitAsync(cancellationToken).ConfigureAwait(false), IsDuplicate: true), null, null);
        }

        // Not in the journal; it may be in the database. The key is claimed before this lookup, and a compaction removes a
        // key only after its row is committed and the key is in the filter (in one lock, which also orders the filter's
        // bits before this read), so a copy moving from the journal to the database is seen in one of them.
        InboundMessage? inDatabase = null;
        try
        {
            if (storedKeys is null || storedKeys.MayContain(key))
            {
                Interlocked.Increment(ref _databaseLookups);
                inDatabase = FindStoredByKey(key)?.ToEntry().Message;
            }
        }
        catch (Exception ex)
        {
            Forget(resident, ex);
            throw;
        }

        if (inDatabase is not null)
        {
            lock (_lock)
            {
                _byKey.Remove(key);
            }

            resident.Resolve(inDatabase);
            return (new InboxAcceptResult(inDatabase, IsDuplicate: true), null, null);
        }

        // As with the direct insert, a message handed to the dispatcher in memory counts its first attempt and is held by it.
        var owner = handoff?.TryReserve();
        lock (_lock)
        {
            resident.Owner = owner;
            resident.Attempts = owner is null ? 0 : 1;
            _byId.Add(message.Id, resident);
            if (owner is null)
            {
                _notHandedOff++;
            }
        }

        try
        {
            await _journal.AppendAsync([new IntakeJournalAccept(message.Id, (int)message.Kind, receivedAt, resident.Attempts, key, message.EventType, json)], resident).ConfigureAwait(false);
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
        return (new InboxAcceptResult(message, IsDuplicate: false), owner, resident.Message);
    }

    /// <summary>
    /// Completes the messages only the journal holds: in memory and by a small journal record; their rows are written
    /// once, already completed, by the next compaction. Returns the IDs left for SQLite (everything else, including a
    /// message being compacted right now, whose row write is queued before that update) and those that were not held by
    /// <paramref name="owner"/> (or were completed already).
    /// </summary>
    public async Task<(List<Guid>? InDatabase, List<Guid>? Lost)> CompleteAsync(IReadOnlyList<Guid> ids, string owner, long now)
    {
        List<IntakeJournalRecord>? records = null;
        List<Guid>? inDatabase = null;
        List<Guid>? lost = null;
        lock (_lock)
        {
            foreach (var id in ids)
            {
                if (_byId.TryGetValue(id, out var resident) && !resident.Compacting)
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

        return (inDatabase, lost);
    }

    /// <summary>Whether the message's durable copy is only in the journal so far.</summary>
    public bool IsResident(Guid id)
    {
        lock (_lock)
        {
            return _byId.ContainsKey(id);
        }
    }

    /// <summary>
    /// Writes every message that the journal holds durably into SQLite in one transaction, each in its current state
    /// (completed: one completed row; otherwise pending, held by its dispatcher when it was handed off), and deletes the
    /// journal segments once that commit is flushed. Idempotent: a row that is already there is left as it is.
    /// </summary>
    public async Task CompactAsync()
    {
        await _compaction.WaitAsync().ConfigureAwait(false);
        try
        {
            var closed = await _journal.RotateAsync().ConfigureAwait(false);
            var taken = new List<JournalResidentMessage>();
            var rows = new List<CompactedRow>();
            Task write;
            lock (_lock)
            {
                foreach (var resident in _byId.Values)
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
                lock (_lock)
                {
                    foreach (var resident in taken)
                    {
                        resident.Compacting = false;
                    }
                }

                throw;
            }

            lock (_lock)
            {
                foreach (var resident in taken)
                {
                    // Into the filter before the key leaves the map: an accept never sees it in neither.
                    _stored?.Add(resident.Key);
                    _byId.Remove(resident.Message.Id);
                    if (_byKey.TryGetValue(resident.Key, out var claimed) && ReferenceEquals(claimed, resident))
                    {
                        _byKey.Remove(resident.Key);
                    }

                    if (resident.Owner is null)
                    {
                        _notHandedOff--;
                    }
                }
            }

            _journal.DeleteSegmentsThrough(closed);
            if (StoredKeys is { IsSaturated: true })
            {
                await RebuildStoredKeysAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _compaction.Release();
        }
    }

    /// <summary>Stops the compaction loop, compacts what is left (a clean stop leaves no journal behind) and closes the journal.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_compactionLoop is not null)
        {
            await _compactionLoop.ConfigureAwait(false);
        }

        if (_started)
        {
            try
            {
                // When this fails, the next start replays the journal.
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

    /// <summary>
    /// Replaces a saturated filter by one built from the table. Called by a compaction, under its semaphore: only
    /// compactions add rows, so the table read here holds every stored key until the new filter is in place. When the
    /// read fails, the full filter stays: it still holds every key, it only says "maybe" more often.
    /// </summary>
    private async Task RebuildStoredKeysAsync()
    {
        try
        {
            var rebuilt = await LoadStoredKeysAsync(BeforeRebuildRead).ConfigureAwait(false);
            lock (_lock)
            {
                _stored = rebuilt;
            }
        }
#pragma warning disable CA1031 // The compaction itself succeeded; a failed rebuild is tried again after the next one.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            IntakeJournalLog.KeyFilterRebuildFailed(Logger, ex.GetType().Name, ex);
        }
    }

    /// <summary>A filter of every de-duplication key in the table, sized for twice as many (at least <see cref="MinimumFilterCapacity"/>).</summary>
    private Task<DeduplicationKeyFilter> LoadStoredKeysAsync(Action? beforeRead = null) =>
        _database.ReadAsync(connection =>
        {
            beforeRead?.Invoke();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM iwlz_inbox;";
            var count = (long)command.ExecuteScalar()!;
            var filter = new DeduplicationKeyFilter(DeduplicationKeyFilter.CapacityFor(count, MinimumFilterCapacity));
            command.CommandText = SelectKeysSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                filter.Add(reader.GetString(0));
            }

            return filter;
        }, CancellationToken.None);

    private int ResidentCount()
    {
        lock (_lock)
        {
            return _byId.Count;
        }
    }

    /// <summary>
    /// The journal is full: waits up to <see cref="JournalFullWait"/> for one compaction (shared by every acknowledgement
    /// that waits) and fails with an <see cref="IOException"/> when it fails or leaves the journal full, so the message
    /// is not acknowledged (the netwerkpunt answers 503 and the sender sends it again).
    /// </summary>
    private async Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        Task compaction;
        lock (_lock)
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

        var count = ResidentCount();
        if (failure is null && count < ResidentLimit)
        {
            return;
        }

        IntakeJournalLog.JournalFull(Logger, count, ResidentLimit);
        throw new IOException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The inbox's intake journal beside '{_database.FullPath}' holds {count} messages that could not be written into the database yet (limit {ResidentLimit}); the message is not stored. See the logged compaction failure."),
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
            IntakeJournalLog.CompactionFailed(Logger, ex.GetType().Name, ResidentCount(), ex);
            throw;
        }
    }

    /// <summary>Drops a message whose store failed; a repeat waiting on it fails too, and the sender sends again.</summary>
    private void Forget(JournalResidentMessage resident, Exception failure)
    {
        lock (_lock)
        {
            if (_byKey.TryGetValue(resident.Key, out var claimed) && ReferenceEquals(claimed, resident))
            {
                _byKey.Remove(resident.Key);
            }

            if (_byId.Remove(resident.Message.Id) && resident.Owner is null)
            {
                _notHandedOff--;
            }
        }

        resident.Fail(failure);
    }

    /// <summary>The stored row with this de-duplication key, read on a connection of its own with a prepared statement.</summary>
    private InboxStoredRow? FindStoredByKey(string key)
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
                    _lookupCommand.CommandText = InboxRows.SelectByKeySql;
                    _lookupCommand.Parameters.Add("$key", SqliteType.Text);
                    _lookupCommand.Prepare();
                }

                _lookupCommand.Parameters[0].Value = key;
                using var reader = _lookupCommand.ExecuteReader();
                return reader.Read() ? InboxRows.Read(reader) : null;
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
            expires.Value = held ? InboxRows.HeldInMemory : DBNull.Value;
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
                    var message = InboundMessageJson.Deserialize(accept.Id, (InboundMessageKind)accept.Kind, InboxRows.FromUnix(accept.ReceivedAt), accept.Json);
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
                lock (_lock)
                {
                    any = _byId.Count > 0;
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
}

using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace IWlz.Client.Storage;

/// <summary>
/// The shared plumbing for one SQLite database file: write-ahead logging, schema migrations per
/// component, and a single writer that commits concurrent writes together (group commit), so that
/// many acknowledgements share one flush to disk. The inbox uses it; an outbox can add its own tables
/// through <see cref="EnsureMigratedAsync"/> and write through <see cref="WriteAsync{T}(Func{SqliteConnection, T}, CancellationToken)"/>.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    /// <summary>How often the write-ahead log is copied back into the database file, off the writer's path.</summary>
    internal static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Above this many frames in the write-ahead log (about 4 MiB), the writer finishes the checkpoint itself before
    /// its next transaction, so that this transaction starts the log again from the beginning.
    /// </summary>
    internal const long RestartLogFrames = 1_000;

    /// <summary>
    /// The page cache of the writer connection, in KiB (SQLite's default is 2 MiB). The unique indexes on random keys
    /// (message ID, de-duplication key) are touched at random places; when they do not fit in the cache, every insert
    /// reads their pages back from the file.
    /// </summary>
    private const int WriterCacheKib = 32 * 1024;

    /// <summary>The size the write-ahead log file is cut back to when it is started again.</summary>
    private const long LogSizeLimitBytes = 32L * 1024 * 1024;

    private readonly SqliteStorageOptions _options;
    private readonly Channel<WriteItem> _writes = Channel.CreateUnbounded<WriteItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, Task> _migrations = new(StringComparer.Ordinal);
    private readonly Lock _migrationsLock = new();
    private readonly Task _writerLoop;
    private readonly Task _checkpointLoop;
    private readonly CancellationTokenSource _stopping = new();

    // Owned by the writer loop: the connection and the statements prepared on it.
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteConnection? _writer;
    private bool? _flushingEveryCommit;
    private long _commits;
    private int _checkpointOnWriter;
    private long _checkpointedCommits;
    private Lazy<Task>? _disposal;

    public SqliteDatabase(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SqliteStorageOptionsValidator.ThrowIfInvalid(options);
        _options = options;
        FullPath = Path.GetFullPath(options.DatabasePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _writerLoop = Task.Run(RunWriterAsync);
        _checkpointLoop = Task.Run(RunCheckpointsAsync);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FullPath { get; }

    /// <summary>The options the database was opened with.</summary>
    public SqliteStorageOptions Options => _options;

    /// <summary>The connection string; pooled connections are shared with readers.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Applies the steps of one component that the database does not have yet. Safe to call many times
    /// and from many threads; the work runs once per component and instance.
    /// </summary>
    public Task EnsureMigratedAsync(string component, IReadOnlyList<SqliteMigration> steps, CancellationToken cancellationToken)
    {
        Task task;
        lock (_migrationsLock)
        {
            if (!_migrations.TryGetValue(component, out task!) || task.IsFaulted || task.IsCanceled)
            {
                task = WriteAsync(connection => ApplyMigrations(connection, component, steps), CancellationToken.None);
                _migrations[component] = task;
            }
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer connection inside a transaction that may be shared
    /// with other writes; each work item has its own savepoint, so one failing item does not undo the
    /// others. The returned task completes only after the transaction is committed and, with
    /// <see cref="SqliteSynchronousMode.Full"/>, flushed to disk (durable).
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken) =>
        WriteAsync(work, SqliteCommitFlush.Immediate, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> like <see cref="WriteAsync{T}(Func{SqliteConnection, T}, CancellationToken)"/>,
    /// with a choice of flush. <see cref="SqliteCommitFlush.Deferred"/> is for bookkeeping whose loss on a power
    /// failure is harmless: it is committed (it survives a crash of the process) and reaches the disk with
    /// the next flushed commit or checkpoint, in order.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, SqliteCommitFlush flush, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var item = new WriteItem<T>(work, flush, cancellationToken);
        if (!_writes.Writer.TryWrite(item))
        {
            return Task.FromException<T>(new ObjectDisposedException(nameof(SqliteDatabase)));
        }

        return item.Task;
    }

    /// <summary>
    /// A statement prepared once on the writer connection and reused, with its parameters cleared. Call it only
    /// from inside a write's work, on the connection it was given, and do not dispose it.
    /// </summary>
    public SqliteCommand Statement(SqliteConnection connection, string sql)
    {
        if (!ReferenceEquals(connection, _writer))
        {
            throw new InvalidOperationException("Prepared statements belong to the writer connection; use them only inside WriteAsync.");
        }

        if (_statements.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        _statements[sql] = command;
        return command;
    }

    /// <summary>Runs a read on a pooled connection of its own; readers never wait for the writer (WAL).</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var connection = new SqliteConnection(ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return work(connection);
        }
    }

    /// <summary>Stops the writer after the queued writes and the checkpoints; safe to call more than once.</summary>
    public ValueTask DisposeAsync()
    {
        var disposal = new Lazy<Task>(DisposeCoreAsync);
        return new ValueTask((Interlocked.CompareExchange(ref _disposal, disposal, null) ?? disposal).Value);
    }

    private async Task DisposeCoreAsync()
    {
        _writes.Writer.TryComplete();
        await _writerLoop.ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _checkpointLoop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunWriterAsync()
    {
        var batch = new List<WriteItem>(_options.MaxWriteBatchSize);
        try
        {
            while (await _writes.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                if (Interlocked.Exchange(ref _checkpointOnWriter, 0) == 1)
                {
                    FinishCheckpointOnWriter();
                }

                batch.Clear();
                while (batch.Count < _options.MaxWriteBatchSize && _writes.Reader.TryRead(out var item))
                {
                    if (item.CancellationToken.IsCancellationRequested)
                    {
                        item.Cancel();
                        continue;
                    }

                    batch.Add(item);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                try
                {
                    _writer ??= OpenWriterConnection();
                    CommitBatch(_writer, batch);
                }
#pragma warning disable CA1031 // The writer must survive any failure: it fails the batch and goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    foreach (var item in batch)
                    {
                        item.Fail(ex);
                    }

                    // The connection may be broken; a fresh one is opened for the next batch.
                    CloseWriter();
                }
            }
        }
        finally
        {
            CloseWriter();
        }
    }

    private void CommitBatch(SqliteConnection connection, List<WriteItem> batch)
    {
        // A batch of bookkeeping only (no acknowledgement waits on it) is committed without its own flush.
        var flush = _options.Synchronous == SqliteSynchronousMode.Full && batch.Exists(i => i.Flush == SqliteCommitFlush.Immediate);
        if (flush != _flushingEveryCommit)
        {
            Run(connection, flush ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
            _flushingEveryCommit = flush;
        }

        Run(connection, "BEGIN IMMEDIATE;");
        if (batch.Count == 1)
        {
            CommitSingle(connection, batch[0]);
            return;
        }

        try
        {
            foreach (var item in batch)
            {
                Run(connection, "SAVEPOINT item;");
                try
                {
                    item.Run(connection);
                    Run(connection, "RELEASE item;");
                }
#pragma warning disable CA1031 // A failing item is rolled back to its savepoint and reported to its caller only.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    item.Failure = ex;
                    Run(connection, "ROLLBACK TO item;");
                    Run(connection, "RELEASE item;");
                }
            }

            Run(connection, "COMMIT;");
        }
        catch
        {
            TryRollback(connection);
            throw;
        }

        Interlocked.Increment(ref _commits);
        foreach (var item in batch)
        {
            item.Complete();
        }
    }

    /// <summary>One item needs no savepoint: when it fails, its transaction is rolled back and the writer goes on.</summary>
    private void CommitSingle(SqliteConnection connection, WriteItem item)
    {
        try
        {
            item.Run(connection);
        }
#pragma warning disable CA1031 // The failure is the item's; it is reported to its caller only.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            item.Failure = ex;
            Run(connection, "ROLLBACK;");
            item.Complete();
            return;
        }

        try
        {
            Run(connection, "COMMIT;");
        }
        catch
        {
            TryRollback(connection);
            throw;
        }

        Interlocked.Increment(ref _commits);
        item.Complete();
    }

    /// <summary>Executes a fixed statement through the prepared-statement cache.</summary>
    private void Run(SqliteConnection connection, string sql) => Statement(connection, sql).ExecuteNonQuery();

    private void TryRollback(SqliteConnection connection)
    {
        try
        {
            Run(connection, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            // No transaction was open, or the connection is gone; the caller discards it.
        }
    }

    private void CloseWriter()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
        _writer?.Dispose();
        _writer = null;
        _flushingEveryCommit = null;
    }

    /// <summary>
    /// Copies the write-ahead log back into the database file on a connection of its own, so that no commit
    /// (and no acknowledgement waiting on it) pays for a checkpoint. A passive checkpoint never blocks the writer.
    /// </summary>
    private async Task RunCheckpointsAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(CheckpointInterval, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var commits = Interlocked.Read(ref _commits);
            if (commits == _checkpointedCommits || !File.Exists(FullPath))
            {
                continue;
            }

            try
            {
                var logFrames = await ReadAsync(connection => Checkpoint(connection, "PASSIVE"), token).ConfigureAwait(false);
                _checkpointedCommits = commits;
                if (logFrames > RestartLogFrames)
                {
                    // A passive checkpoint beside a busy writer never catches up with the end of the log, and SQLite
                    // starts the log again only when a transaction begins after a complete checkpoint; without this
                    // the log grows without end (every append then costs new file blocks, and disk space). The bulk
                    // is copied above, off the writer; the writer only copies what was committed since, before its
                    // next batch (an idle writer adds nothing to the log, so it need not be woken for this).
                    Volatile.Write(ref _checkpointOnWriter, 1);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
#pragma warning disable CA1031 // A failed checkpoint is retried at the next interval; the log keeps every commit meanwhile.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    /// <summary>Runs a checkpoint and returns how many frames the write-ahead log held.</summary>
    private static long Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(1) ? reader.GetInt64(1) : 0;
    }

    /// <summary>
    /// Completes a checkpoint on the writer connection, outside any transaction: with nothing committed in between,
    /// it reaches the end of the log, so the next transaction writes the log from its start again.
    /// </summary>
    private void FinishCheckpointOnWriter()
    {
        if (_writer is null)
        {
            return;
        }

        try
        {
            Checkpoint(_writer, "PASSIVE");
        }
#pragma warning disable CA1031 // A failed checkpoint is tried again after the next background checkpoint; the log keeps every commit.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private SqliteConnection OpenWriterConnection()
    {
        var directory = Path.GetDirectoryName(FullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode=WAL;";
                var mode = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"SQLite refused write-ahead logging for '{FullPath}' (journal mode is '{mode}').");
                }
            }

            // Checkpoints run in the background (RunCheckpointsAsync), not at the end of a commit.
            var synchronous = _options.Synchronous == SqliteSynchronousMode.Full ? "FULL" : "NORMAL";
            Execute(connection, $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout={(int)_options.BusyTimeout.TotalMilliseconds}; PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit={LogSizeLimitBytes}; PRAGMA cache_size=-{WriterCacheKib};");
            _flushingEveryCommit = _options.Synchronous == SqliteSynchronousMode.Full;
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static object? ApplyMigrations(SqliteConnection connection, string component, IReadOnlyList<SqliteMigration> steps)
    {
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS iwlz_schema_migrations (
                component TEXT NOT NULL,
                version INTEGER NOT NULL,
                applied_at INTEGER NOT NULL,
                PRIMARY KEY (component, version));
            """);
        long current;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM iwlz_schema_migrations WHERE component = $component;";
            command.Parameters.AddWithValue("$component", component);
            current = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        foreach (var step in steps.Where(s => s.Component == component && s.Version > current).OrderBy(s => s.Version))
        {
            Execute(connection, step.Sql);
            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO iwlz_schema_migrations (component, version, applied_at) VALUES ($component, $version, $now);";
            record.Parameters.AddWithValue("$component", component);
            record.Parameters.AddWithValue("$version", step.Version);
            record.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            record.ExecuteNonQuery();
        }

        return null;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private abstract class WriteItem(SqliteCommitFlush flush, CancellationToken cancellationToken)
    {
        public SqliteCommitFlush Flush { get; } = flush;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        /// <summary>Set when the work failed and was rolled back to its savepoint.</summary>
        public Exception? Failure { get; set; }

        public abstract void Run(SqliteConnection connection);

        /// <summary>Reports the result (or <see cref="Failure"/>) once the transaction is committed.</summary>
        public abstract void Complete();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private sealed class WriteItem<T>(Func<SqliteConnection, T> work, SqliteCommitFlush flush, CancellationToken cancellationToken)
        : WriteItem(flush, cancellationToken)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public override void Run(SqliteConnection connection) => _result = work(connection);

        public override void Complete()
        {
            if (Failure is { } failure)
            {
                _completion.TrySetException(failure);
            }
            else
            {
                _completion.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception exception) => _completion.TrySetException(exception);

        public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
    }
}

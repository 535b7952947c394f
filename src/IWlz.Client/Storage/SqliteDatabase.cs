using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace IWlz.Client.Storage;

/// <summary>
/// The shared plumbing for one SQLite database file: write-ahead logging, schema migrations per
/// component, and a single writer that commits concurrent writes together (group commit), so that
/// many acknowledgements share one flush to disk. The inbox uses it; an outbox can add its own tables
/// through <see cref="EnsureMigratedAsync"/> and write through <see cref="WriteAsync{T}"/>.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly SqliteStorageOptions _options;
    private readonly Channel<WriteItem> _writes = Channel.CreateUnbounded<WriteItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, Task> _migrations = new(StringComparer.Ordinal);
    private readonly Lock _migrationsLock = new();
    private readonly Task _writerLoop;

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
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FullPath { get; }

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
    /// others. The returned task completes only after the transaction is committed (durable).
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var item = new WriteItem(connection => work(connection), cancellationToken);
        if (!_writes.Writer.TryWrite(item))
        {
            return Task.FromException<T>(new ObjectDisposedException(nameof(SqliteDatabase)));
        }

        return Cast<T>(item.Completion.Task);
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

    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        await _writerLoop.ConfigureAwait(false);
    }

    private static async Task<T> Cast<T>(Task<object?> task) => (T)(await task.ConfigureAwait(false))!;

    private async Task RunWriterAsync()
    {
        SqliteConnection? connection = null;
        var batch = new List<WriteItem>(_options.MaxWriteBatchSize);
        try
        {
            while (await _writes.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < _options.MaxWriteBatchSize && _writes.Reader.TryRead(out var item))
                {
                    if (item.CancellationToken.IsCancellationRequested)
                    {
                        item.Completion.TrySetCanceled(item.CancellationToken);
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
                    connection ??= OpenWriterConnection();
                    CommitBatch(connection, batch);
                }
#pragma warning disable CA1031 // The writer must survive any failure: it fails the batch and goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    foreach (var item in batch)
                    {
                        item.Completion.TrySetException(ex);
                    }

                    // The connection may be broken; a fresh one is opened for the next batch.
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static void CommitBatch(SqliteConnection connection, List<WriteItem> batch)
    {
        var results = new object?[batch.Count];
        var failures = new Exception?[batch.Count];
        Execute(connection, "BEGIN IMMEDIATE;");
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                Execute(connection, "SAVEPOINT item;");
                try
                {
                    results[i] = batch[i].Work(connection);
                    Execute(connection, "RELEASE item;");
                }
#pragma warning disable CA1031 // A failing item is rolled back to its savepoint and reported to its caller only.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failures[i] = ex;
                    Execute(connection, "ROLLBACK TO item; RELEASE item;");
                }
            }

            Execute(connection, "COMMIT;");
        }
        catch
        {
            TryRollback(connection);
            throw;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Completion.TrySetException(failure);
            }
            else
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
    }

    private static void TryRollback(SqliteConnection connection)
    {
        try
        {
            Execute(connection, "ROLLBACK;");
        }
        catch (SqliteException)
        {
            // No transaction was open, or the connection is gone; the caller discards it.
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

            var synchronous = _options.Synchronous == SqliteSynchronousMode.Full ? "FULL" : "NORMAL";
            Execute(connection, $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout={(int)_options.BusyTimeout.TotalMilliseconds};");
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

    private sealed class WriteItem(Func<SqliteConnection, object?> work, CancellationToken cancellationToken)
    {
        public Func<SqliteConnection, object?> Work { get; } = work;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<object?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

namespace IWlz.Client.Storage;

/// <summary>
/// Options of the embedded SQLite storage that holds the notification inbox (and, later, the outbox).
/// One database file belongs to one process: do not point two running hosts at the same file.
/// </summary>
public sealed class SqliteStorageOptions
{
    /// <summary>
    /// The path of the database file. A relative path is taken from the current working directory.
    /// Default <c>iwlz-client.db</c>; use an absolute path on persistent storage in production.
    /// The folder is created when it does not exist.
    /// </summary>
    public string DatabasePath { get; set; } = "iwlz-client.db";

    /// <summary>
    /// How hard SQLite flushes a commit to disk. Default <see cref="SqliteSynchronousMode.Full"/>:
    /// an acknowledged message survives a power failure. <see cref="SqliteSynchronousMode.Normal"/> still
    /// survives a process crash, but not a power failure.
    /// </summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>
    /// How long a statement waits for a lock held by another connection before it fails.
    /// Default 10 seconds; range 100 milliseconds to 5 minutes.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The most writes that are committed together in one transaction (group commit). Concurrent
    /// acknowledgements share one flush to disk, which is what makes durable intake fast.
    /// Default 128; range 1 to 10,000.
    /// </summary>
    public int MaxWriteBatchSize { get; set; } = 128;

    /// <summary>
    /// Whether the inbox acknowledges through its append-only intake journal (a segment file beside the database,
    /// written into SQLite in large transactions off the acknowledgement path). Default <see langword="true"/>;
    /// switched off, every acknowledgement is its own SQLite insert, as before the journal.
    /// </summary>
    internal bool UseIntakeJournal { get; set; } = true;
}

namespace IWlz.Client.Storage;

/// <summary>The SQLite <c>synchronous</c> setting used with write-ahead logging.</summary>
public enum SqliteSynchronousMode
{
    /// <summary>
    /// A commit that an acknowledgement waits for is flushed to disk (<c>fsync</c> of the write-ahead log) before
    /// it reports success: it survives process crashes and power failures. The dispatcher's bookkeeping (leases,
    /// completions) is not flushed on its own; it reaches the disk with the next flushed commit or checkpoint.
    /// </summary>
    Full = 0,

    /// <summary>Commits are flushed only at checkpoints: they survive process crashes, not power failures.</summary>
    Normal = 1,
}

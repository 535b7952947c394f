namespace IWlz.Client.Storage;

/// <summary>The SQLite <c>synchronous</c> setting used with write-ahead logging.</summary>
public enum SqliteSynchronousMode
{
    /// <summary>Every commit is flushed to disk; survives process crashes and power failures.</summary>
    Full = 0,

    /// <summary>Commits are flushed at checkpoints; survives process crashes, not power failures.</summary>
    Normal = 1,
}

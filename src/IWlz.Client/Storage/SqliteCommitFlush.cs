namespace IWlz.Client.Storage;

/// <summary>Whether a write's commit must be flushed to disk before the write reports success.</summary>
internal enum SqliteCommitFlush
{
    /// <summary>
    /// Flushed before success is reported (with <see cref="SqliteSynchronousMode.Full"/>): the write survives a
    /// power failure. Every acknowledgement is written this way.
    /// </summary>
    Immediate = 0,

    /// <summary>
    /// Committed, so it survives a crash of the process, but flushed only with the next immediate commit or
    /// checkpoint. For bookkeeping whose loss on a power failure only means that a message is delivered again.
    /// </summary>
    Deferred = 1,
}

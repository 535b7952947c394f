namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// A message whose durable copy is (so far) only in the intake journal, with its delivery state, until a compaction
/// writes it into SQLite. Its fields other than the completion source are guarded by the inbox's journal lock.
/// </summary>
internal sealed class JournalResidentMessage(InboundMessage stored, string key, string json, long receivedAt) : IJournalTracked
{
    private readonly TaskCompletionSource<InboundMessage> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _segment;

    /// <summary>The message as a read from the file would give it.</summary>
    public InboundMessage Message { get; } = stored;

    public string Key { get; } = key;

    public string Json { get; } = json;

    public long ReceivedAt { get; } = receivedAt;

    /// <summary>The dispatcher that holds it in memory, or <see langword="null"/> when it was not handed off.</summary>
    public string? Owner { get; set; }

    public int Attempts { get; set; }

    public bool Completed { get; set; }

    public long FinishedAt { get; set; }

    /// <summary>A compaction is writing it into SQLite: from now on its state changes go to SQLite, after that write.</summary>
    public bool Compacting { get; set; }

    /// <summary>The journal segment holding its accept record; 0 until the record is written.</summary>
    public long Segment => Volatile.Read(ref _segment);

    /// <summary>
    /// Completes when the message is stored (durable), with the message a repeat is answered with: this one, or the copy
    /// that the database already held under the same de-duplication key.
    /// </summary>
    public Task<InboundMessage> Stored => _stored.Task;

    public void Written(long segment) => Volatile.Write(ref _segment, segment);

    public void Resolve(InboundMessage message) => _stored.TrySetResult(message);

    public void Fail(Exception exception) => _stored.TrySetException(exception);
}

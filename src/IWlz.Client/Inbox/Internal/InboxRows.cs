using Microsoft.Data.Sqlite;

namespace IWlz.Client.Inbox.Internal;

/// <summary>What the SQLite inbox and its journal intake share about a row of <c>iwlz_inbox</c>: columns, times, reading.</summary>
internal static class InboxRows
{
    public const string Columns = "id, kind, message, received_at, status, attempts, next_attempt_at, last_error, finished_at";

    public const string SelectByKeySql = $"SELECT {Columns} FROM iwlz_inbox WHERE dedup_key = $key;";

    /// <summary>
    /// The lease expiry of a message handed to the dispatcher in memory: it never runs out while this process
    /// lives, and the next process resets it at start-up like any other lease.
    /// </summary>
    public const long HeldInMemory = long.MaxValue;

    public static long ToUnix(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnix(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    /// <summary>Reads the <see cref="Columns"/> of the current row; its JSON is parsed later, off the writer.</summary>
    public static InboxStoredRow Read(SqliteDataReader reader) => new(
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
    public static InboundMessage AsStored(InboundMessage message, long receivedAt)
    {
        var stored = FromUnix(receivedAt);
        if (message.ReceivedAt == stored && message.ReceivedAt.Offset == TimeSpan.Zero)
        {
            return message;
        }

        return message.WithReceivedAt(stored);
    }
}

/// <summary>A row as read, so that parsing its JSON can happen off the writer.</summary>
internal sealed record InboxStoredRow(string Id, int Kind, string Json, long ReceivedAt, int Status, int Attempts, long NextAttemptAt, string? LastError, long? FinishedAt)
{
    public InboxEntry ToEntry()
    {
        var message = InboundMessageJson.Deserialize(Guid.Parse(Id), (InboundMessageKind)Kind, InboxRows.FromUnix(ReceivedAt), Json);
        return new InboxEntry
        {
            Message = message,
            Status = (InboxEntryStatus)Status,
            Attempts = Attempts,
            NextAttemptAt = InboxRows.FromUnix(NextAttemptAt),
            LastError = LastError,
            FinishedAt = FinishedAt is { } finished ? InboxRows.FromUnix(finished) : null,
        };
    }
}

using Microsoft.Extensions.Logging;

namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// Log messages of the intake journal's compaction into SQLite and of its filter of stored de-duplication keys. They carry counts and the error type only, never a
/// message's content.
/// </summary>
internal static partial class IntakeJournalLog
{
    [LoggerMessage(EventId = 5110, Level = LogLevel.Error, Message = "The intake journal could not be written into the database ({ErrorType}); {Count} acknowledged message(s) wait in the journal and it is tried again.")]
    public static partial void CompactionFailed(ILogger logger, string errorType, int count, Exception exception);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Error, Message = "The intake journal holds {Count} message(s) that are not in the database yet, its limit is {Limit}, and no compaction made room in time: new messages are refused until the database accepts writes again.")]
    public static partial void JournalFull(ILogger logger, int count, int limit);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "The filter of stored de-duplication keys could not be rebuilt from the database ({ErrorType}); the full one stays in use (every repeat is still recognised, more new messages are looked up in the database) and it is tried again after the next compaction.")]
    public static partial void KeyFilterRebuildFailed(ILogger logger, string errorType, Exception exception);
}

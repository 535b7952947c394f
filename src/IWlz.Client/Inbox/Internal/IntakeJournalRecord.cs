namespace IWlz.Client.Inbox.Internal;

/// <summary>One record of the intake journal.</summary>
internal abstract record IntakeJournalRecord(Guid Id);

/// <summary>
/// An acknowledged message, with everything its row in the inbox table needs. <paramref name="Attempts"/> is 1 when
/// it was handed to the dispatcher in memory (that attempt is counted, as the direct insert did), otherwise 0.
/// </summary>
internal sealed record IntakeJournalAccept(Guid Id, int Kind, long ReceivedAt, int Attempts, string Key, string EventType, string Json)
    : IntakeJournalRecord(Id);

/// <summary>A message that was handled: its row is written (or updated) as completed at <paramref name="FinishedAt"/>.</summary>
internal sealed record IntakeJournalCompletion(Guid Id, long FinishedAt) : IntakeJournalRecord(Id);

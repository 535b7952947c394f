using System.Security.Cryptography;
using IWlz.Client.Inbox;
using IWlz.Client.Inbox.Internal;
using IWlz.Client.Storage;

namespace IWlz.Client.Tests.Inbox;

/// <summary>
/// The filter of stored de-duplication keys in front of the SQLite lookup of the intake journal: it never loses a key, a
/// "maybe" falls back to the database, it is rebuilt from the table at start-up and when it is full, and a repeat still
/// gets the first ID in every case.
/// </summary>
public sealed class DeduplicationKeyFilterTests() : SqliteInboxTestBase("iwlz-keyfilter-")
{
    [Fact]
    public void The_filter_never_loses_a_key_and_stays_below_one_percent_false_positives_at_capacity()
    {
        const int capacity = 100_000;
        var filter = new DeduplicationKeyFilter(capacity);
        var added = Enumerable.Range(0, capacity).Select(_ => RandomKey()).ToList();
        foreach (var key in added)
        {
            filter.Add(key);
        }

        Assert.All(added, key => Assert.True(filter.MayContain(key)));
        Assert.False(filter.IsSaturated);
        var falsePositives = Enumerable.Range(0, capacity).Count(_ => filter.MayContain(RandomKey()));
        Assert.InRange(falsePositives, 0, capacity / 100);

        filter.Add(RandomKey());
        Assert.True(filter.IsSaturated);
    }

    [Fact]
    public async Task A_new_key_skips_the_database_lookup_and_a_repeat_after_compaction_is_found_there()
    {
        await using var inbox = Open(handoff: null);
        var messages = Enumerable.Range(0, 3).Select(_ => TestMessages.Notificatie(Time.GetUtcNow())).ToList();
        foreach (var message in messages)
        {
            Assert.False((await inbox.AcceptAsync(message, default)).IsDuplicate);
        }

        Assert.Equal(0, inbox.Intake!.DatabaseLookups);

        // The statistics compact the journal into SQLite; the repeat is no longer in memory, only in the table.
        Assert.Equal(3, (await inbox.GetStatisticsAsync(default)).Pending);
        var repeat = await inbox.AcceptAsync(TestMessages.RepeatOf(messages[1], Time.GetUtcNow()), default);

        Assert.True(repeat.IsDuplicate);
        Assert.Equal(messages[1].Id, repeat.Message.Id);
        Assert.Equal(1, inbox.Intake.DatabaseLookups);
        Assert.Equal(3, (await inbox.GetStatisticsAsync(default)).Pending);
    }

    [Fact]
    public async Task A_false_positive_falls_back_to_the_database_and_the_message_is_stored()
    {
        await using var inbox = Open(handoff: null);
        await inbox.InitializeAsync(default);
        var message = TestMessages.Notificatie(Time.GetUtcNow());

        // Its bits set without a row: the filter says "maybe", the table says no.
        inbox.Intake!.StoredKeys!.Add(message.DeduplicationKey);
        var result = await inbox.AcceptAsync(message, default);

        Assert.False(result.IsDuplicate);
        Assert.Equal(1, inbox.Intake.DatabaseLookups);
        Assert.Equal(InboxEntryStatus.Pending, (await inbox.GetAsync(message.Id, default))!.Status);
    }

    [Fact]
    public async Task After_a_restart_the_filter_holds_every_stored_key_including_rows_written_without_the_journal()
    {
        var direct = TestMessages.Notificatie(Time.GetUtcNow());
        var journaled = TestMessages.Notificatie(Time.GetUtcNow());
        var withoutJournal = new SqliteStorageOptions { DatabasePath = DatabasePath, UseIntakeJournal = false };
        await using (var first = new SqliteNotificationInbox(new SqliteDatabase(withoutJournal), Time, ownsDatabase: true))
        {
            Assert.False((await first.AcceptAsync(direct, default)).IsDuplicate);
        }

        await using (var second = Open(handoff: null))
        {
            Assert.False((await second.AcceptAsync(journaled, default)).IsDuplicate);
        }

        await using var restarted = Open(handoff: null);
        await restarted.InitializeAsync(default);
        Assert.True(restarted.Intake!.StoredKeys!.MayContain(direct.DeduplicationKey));
        Assert.True(restarted.Intake.StoredKeys.MayContain(journaled.DeduplicationKey));

        foreach (var original in new[] { direct, journaled })
        {
            var repeat = await restarted.AcceptAsync(TestMessages.RepeatOf(original, Time.GetUtcNow()), default);
            Assert.True(repeat.IsDuplicate);
            Assert.Equal(original.Id, repeat.Message.Id);
        }

        Assert.Equal(2, (await restarted.GetStatisticsAsync(default)).Pending);
    }

    [Fact]
    public async Task A_full_filter_is_rebuilt_from_the_table_at_the_next_compaction_and_keeps_every_key()
    {
        await using var inbox = Open(handoff: null);
        inbox.Intake!.MinimumFilterCapacity = 4;
        var messages = Enumerable.Range(0, 10).Select(_ => TestMessages.Notificatie(Time.GetUtcNow())).ToList();
        foreach (var message in messages)
        {
            await inbox.AcceptAsync(message, default);
        }

        var full = inbox.Intake.StoredKeys!;
        await inbox.GetStatisticsAsync(default);

        var rebuilt = inbox.Intake.StoredKeys!;
        Assert.True(full.IsSaturated);
        Assert.NotSame(full, rebuilt);
        Assert.Equal(20, rebuilt.Capacity);
        Assert.Equal(10, rebuilt.Count);
        foreach (var message in messages)
        {
            var repeat = await inbox.AcceptAsync(TestMessages.RepeatOf(message, Time.GetUtcNow()), default);
            Assert.True(repeat.IsDuplicate);
            Assert.Equal(message.Id, repeat.Message.Id);
        }

        Assert.Equal(10, (await inbox.GetStatisticsAsync(default)).Pending);
    }

    private static string RandomKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

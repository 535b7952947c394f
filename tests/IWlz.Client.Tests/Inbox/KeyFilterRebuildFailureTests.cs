using System.Globalization;
using System.Text.RegularExpressions;
using IWlz.Client.Inbox;
using IWlz.Client.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Inbox;

/// <summary>
/// Event 5112: after a compaction, the full filter of stored de-duplication keys cannot be rebuilt from the table. The
/// full filter stays in use (it still holds every stored key, so no repeat is missed), the warning names the error type
/// only, and the rebuild is tried again after the next compaction. The rebuild's read is made to throw through
/// <c>JournalIntake.BeforeRebuildRead</c>; everything else is a real inbox on a real SQLite file, and the fake clock
/// never runs a background compaction, so compactions happen exactly where a test reads the statistics.
/// </summary>
public sealed partial class KeyFilterRebuildFailureTests() : SqliteInboxTestBase("iwlz-keyrebuild-")
{
    private const int RebuildFailed = 5112;

    // Ten keys in a filter sized for four: the first compaction saturates it and asks for a rebuild.
    private const int FilterCapacity = 4;
    private const int StoredCount = 10;

    [Fact]
    public async Task A_failed_rebuild_logs_5112_as_a_warning_with_the_error_type_and_no_message_data()
    {
        var logs = new ListLoggerProvider();
        var read = new RebuildRead();
        await using var inbox = Open(logs, read);
        var stored = await AcceptNewAsync(inbox, StoredCount);

        Assert.Equal(StoredCount, (await inbox.GetStatisticsAsync(default)).Pending);

        Assert.Equal(1, read.Count);
        var entry = Assert.Single(logs.Entries, e => e.EventId == RebuildFailed);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("inbox", entry.Category);
        Assert.IsType<SqliteException>(entry.Exception);
        Assert.Contains("(SqliteException)", entry.Message, StringComparison.Ordinal);

        // The structured values are the error type and the template, nothing taken from a message.
        Assert.Equal(["ErrorType", "{OriginalFormat}"], entry.State.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("SqliteException", entry.State.Single(p => p.Key == "ErrorType").Value);
        var written = entry.State.Select(p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? string.Empty).Append(entry.Message).ToList();
        foreach (var text in written)
        {
            Assert.DoesNotMatch(NineDigits(), text);
            foreach (var message in stored)
            {
                Assert.DoesNotContain(message.DeduplicationKey, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(message.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
                Assert.All(message.SubjectList, s => Assert.DoesNotContain(s.RecordID, text, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public async Task After_a_failed_rebuild_every_repeat_is_recognised_and_a_new_message_is_stored()
    {
        var read = new RebuildRead();
        await using var inbox = Open(new ListLoggerProvider(), read);
        var stored = await AcceptNewAsync(inbox, StoredCount);

        await inbox.GetStatisticsAsync(default);
        Assert.Equal(1, read.Count);

        // The full filter is still the one in use and still holds every stored key.
        var full = inbox.Intake!.StoredKeys!;
        Assert.True(full.IsSaturated);
        Assert.Equal(FilterCapacity, full.Capacity);
        Assert.All(stored, m => Assert.True(full.MayContain(m.DeduplicationKey)));

        // The journal was compacted, so each repeat is found in the table, after the filter said "maybe".
        var lookups = inbox.Intake.DatabaseLookups;
        foreach (var original in stored)
        {
            var repeat = await inbox.AcceptAsync(TestMessages.RepeatOf(original, Time.GetUtcNow()), default);
            Assert.True(repeat.IsDuplicate);
            Assert.Equal(original.Id, repeat.Message.Id);
        }

        Assert.Equal(lookups + StoredCount, inbox.Intake.DatabaseLookups);

        var fresh = TestMessages.Notificatie(Time.GetUtcNow());
        var accepted = await inbox.AcceptAsync(fresh, default);
        Assert.False(accepted.IsDuplicate);
        Assert.Equal(fresh.Id, accepted.Message.Id);
        Assert.Equal(StoredCount + 1, (await inbox.GetStatisticsAsync(default)).Pending);
        Assert.Equal(InboxEntryStatus.Pending, (await inbox.GetAsync(fresh.Id, default))!.Status);
    }

    [Fact]
    public async Task A_failed_rebuild_is_tried_again_after_the_next_compaction_and_no_5112_follows_once_it_succeeds()
    {
        var logs = new ListLoggerProvider();
        var read = new RebuildRead();
        await using var inbox = Open(logs, read);
        var stored = await AcceptNewAsync(inbox, StoredCount);
        await inbox.GetStatisticsAsync(default);
        var full = inbox.Intake!.StoredKeys!;

        // Still failing: the next compaction tries again and warns again; the full filter stays.
        stored.AddRange(await AcceptNewAsync(inbox, 1));
        await inbox.GetStatisticsAsync(default);
        Assert.Equal(2, read.Count);
        Assert.Equal(2, logs.Entries.Count(e => e.EventId == RebuildFailed));
        Assert.Same(full, inbox.Intake.StoredKeys);

        // The database reads again: the next compaction's rebuild replaces the filter by one sized for the table.
        read.Failing = false;
        stored.AddRange(await AcceptNewAsync(inbox, 1));
        await inbox.GetStatisticsAsync(default);
        Assert.Equal(3, read.Count);
        var rebuilt = inbox.Intake.StoredKeys!;
        Assert.NotSame(full, rebuilt);
        Assert.False(rebuilt.IsSaturated);
        Assert.Equal(stored.Count, rebuilt.Count);
        Assert.Equal(2 * stored.Count, rebuilt.Capacity);

        // A later compaction finds the filter with room: no rebuild, no warning.
        stored.AddRange(await AcceptNewAsync(inbox, 1));
        await inbox.GetStatisticsAsync(default);
        Assert.Equal(3, read.Count);
        Assert.Equal(2, logs.Entries.Count(e => e.EventId == RebuildFailed));

        foreach (var original in stored)
        {
            var repeat = await inbox.AcceptAsync(TestMessages.RepeatOf(original, Time.GetUtcNow()), default);
            Assert.True(repeat.IsDuplicate);
            Assert.Equal(original.Id, repeat.Message.Id);
        }

        Assert.Equal(stored.Count, (await inbox.GetStatisticsAsync(default)).Pending);
    }

    [GeneratedRegex(@"\d{9}")]
    private static partial Regex NineDigits();

    private async Task<List<InboundMessage>> AcceptNewAsync(SqliteNotificationInbox inbox, int count)
    {
        var messages = new List<InboundMessage>();
        for (var i = 0; i < count; i++)
        {
            var message = TestMessages.Notificatie(Time.GetUtcNow());
            Assert.False((await inbox.AcceptAsync(message, default)).IsDuplicate);
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>An inbox with the intake journal, a small key filter, its logs captured and the rebuild's read replaced.</summary>
    private SqliteNotificationInbox Open(ListLoggerProvider logs, RebuildRead read)
    {
        var inbox = new SqliteNotificationInbox(new SqliteDatabase(new SqliteStorageOptions { DatabasePath = DatabasePath }), Time, ownsDatabase: true)
        {
            Logger = logs.CreateLogger("inbox"),
        };
        inbox.Intake!.MinimumFilterCapacity = FilterCapacity;
        inbox.Intake.BeforeRebuildRead = read.Run;
        return inbox;
    }

    /// <summary>Counts the rebuild's reads and makes each throw, as a disk error would, while <see cref="Failing"/> is set.</summary>
    private sealed class RebuildRead
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public bool Failing { get; set; } = true;

        public void Run()
        {
            Interlocked.Increment(ref _count);
            if (Failing)
            {
                throw new SqliteException("SQLite Error 10: 'disk I/O error'.", 10);
            }
        }
    }
}

using System.Buffers;
using IWlz.Client.Inbox;
using IWlz.Client.Inbox.Internal;
using IWlz.Client.Notifications;
using IWlz.Client.Outbox;
using IWlz.Client.Sending;
using IWlz.Client.Storage;
using Microsoft.Data.Sqlite;

namespace IWlz.Client.Tests.Inbox;

/// <summary>
/// The intake journal in front of the SQLite inbox: its file format (torn tail, checksums), replay of what a dead
/// process left, idempotent compaction, and de-duplication across the journal and the database. A crash is simulated
/// by keeping a copy of the journal segments as they were on disk before the inbox compacted and deleted them.
/// </summary>
public sealed class IntakeJournalTests() : SqliteInboxTestBase("iwlz-journal-")
{
    [Fact]
    public void A_torn_or_damaged_last_frame_is_ignored_and_the_frames_before_it_are_read()
    {
        var first = new IntakeJournalAccept(Guid.NewGuid(), 0, 1_000, 1, "key-1", "EVENT", """{"a":1}""");
        var second = new IntakeJournalCompletion(first.Id, 2_000);
        var third = new IntakeJournalAccept(Guid.NewGuid(), 1, 3_000, 0, "key-3", "EVENT", """{"b":"é"}""");
        var frames = Frames([first, second], [third]);
        var lastFrameStart = Frames([first, second]).Length;

        Assert.Equal([first, second, third], IntakeJournalFormat.ReadSegment("segment", frames));
        for (var cut = lastFrameStart; cut < frames.Length; cut += 7)
        {
            Assert.Equal([first, second], IntakeJournalFormat.ReadSegment("segment", frames.AsSpan(0, cut)));
        }

        var damaged = (byte[])frames.Clone();
        damaged[^3] ^= 0x40;
        Assert.Equal([first, second], IntakeJournalFormat.ReadSegment("segment", damaged));
    }

    [Fact]
    public void A_damaged_frame_followed_by_a_valid_one_is_reported_with_the_file_and_offset()
    {
        var frames = Frames(
            [new IntakeJournalAccept(Guid.NewGuid(), 0, 1_000, 1, "key-1", "EVENT", "{}")],
            [new IntakeJournalAccept(Guid.NewGuid(), 0, 2_000, 1, "key-2", "EVENT", "{}")]);
        frames[IntakeJournalFormat.HeaderSize + 3] ^= 0x01;

        var error = Assert.Throws<InvalidDataException>(() => IntakeJournalFormat.ReadSegment("/data/inbox.db-intake-1.journal", frames));
        Assert.Contains("/data/inbox.db-intake-1.journal", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_journal_stops_the_start_with_a_typed_error_and_is_kept()
    {
        var path = IntakeJournal.SegmentPath(DatabasePath, 7);
        var frames = Frames(
            [new IntakeJournalAccept(Guid.NewGuid(), 0, 1_000, 1, "key-1", "EVENT", "{}")],
            [new IntakeJournalAccept(Guid.NewGuid(), 0, 2_000, 1, "key-2", "EVENT", "{}")]);
        frames[5] ^= 0x10;
        await File.WriteAllBytesAsync(path, frames);

        await using var inbox = Open(handoff: null);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => inbox.GetStatisticsAsync(default));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Messages_only_in_the_journal_when_the_process_died_are_replayed_in_their_state()
    {
        var handoff = new InboxHandoff(capacity: 2);
        handoff.Attach("process-that-dies");
        var handedOff = TestMessages.Notificatie(Time.GetUtcNow());
        var handled = TestMessages.Notificatie(Time.GetUtcNow());
        var notHandedOff = TestMessages.Notificatie(Time.GetUtcNow());
        string[] onDisk;
        await using (var dying = Open(handoff))
        {
            await dying.AcceptAsync(handedOff, default);
            await dying.AcceptAsync(handled, default);
            Assert.True(await dying.CompleteAsync(handled.Id, "process-that-dies", default));

            // No dispatcher place is left for this one. Its write also carries the completion above to the disk.
            await dying.AcceptAsync(notHandedOff, default);
            onDisk = CopySegments();
            Assert.NotEmpty(onDisk);
        }

        // The process died before any compaction: the database never saw these messages, only the journal has them.
        DeleteDatabaseFiles();
        RestoreSegments(onDisk);

        await using var restarted = Open(handoff: null);
        Assert.Equal(new InboxStatistics(2, 1, 0), await restarted.GetStatisticsAsync(default));
        Assert.Empty(Segments());
        Assert.Equal(InboxEntryStatus.Completed, (await restarted.GetAsync(handled.Id, default))!.Status);
        var leased = await restarted.LeaseAsync("new-process", 10, Lease, default);
        Assert.Equal(2, leased.Count);
        Assert.Equal(2, leased.Single(e => e.Message.Id == handedOff.Id).Attempts);
        Assert.Equal(1, leased.Single(e => e.Message.Id == notHandedOff.Id).Attempts);
        Assert.Equal(handedOff.SubjectList, leased.Single(e => e.Message.Id == handedOff.Id).Message.SubjectList);

        // A repeat of a replayed message is still recognised.
        var repeat = await restarted.AcceptAsync(TestMessages.RepeatOf(handled, Time.GetUtcNow()), default);
        Assert.True(repeat.IsDuplicate);
        Assert.Equal(handled.Id, repeat.Message.Id);
    }

    [Fact]
    public async Task A_completion_is_in_the_journal_file_when_it_returns_without_a_later_acknowledgement()
    {
        var handoff = new InboxHandoff(capacity: 4);
        handoff.Attach("handler-owner");
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await using var inbox = Open(handoff);
        await inbox.AcceptAsync(message, default);
        var segment = Assert.Single(Segments());
        Assert.DoesNotContain(IntakeJournalFormat.ReadSegment(segment, ReadShared(segment)), r => r is IntakeJournalCompletion);

        // The completion returning is the moment a process crash must no longer deliver the message again: its record
        // is in the file now, with no acknowledgement after it and no compaction (the fake clock never runs one).
        Assert.True(await inbox.CompleteAsync(message.Id, "handler-owner", default));

        var records = IntakeJournalFormat.ReadSegment(segment, ReadShared(segment));
        var completion = Assert.IsType<IntakeJournalCompletion>(records[^1]);
        Assert.Equal(message.Id, completion.Id);
        Assert.Single(Segments());
    }

    [Fact]
    public async Task A_full_journal_whose_compaction_fails_refuses_new_messages_with_a_storage_error_and_recovers()
    {
        using var logs = new ListLoggerProvider();
        await using var inbox = new SqliteNotificationInbox(new SqliteDatabase(new SqliteStorageOptions { DatabasePath = DatabasePath }), Time, ownsDatabase: true)
        {
            JournalResidentLimit = 2,
            Logger = logs.CreateLogger("inbox"),
        };
        var first = TestMessages.Notificatie(Time.GetUtcNow());
        var second = TestMessages.Notificatie(Time.GetUtcNow());
        await inbox.AcceptAsync(first, default);
        await inbox.AcceptAsync(second, default);

        // A real SQLite failure of every compaction (as a full disk would give), while lookups keep working.
        ExecuteOnDatabase("CREATE TRIGGER refuse_inbox_rows BEFORE INSERT ON iwlz_inbox BEGIN SELECT RAISE(ABORT, 'simulated full disk'); END;");
        var third = TestMessages.Notificatie(Time.GetUtcNow());
        var error = await Assert.ThrowsAsync<IOException>(() => inbox.AcceptAsync(third, default));
        Assert.IsType<SqliteException>(error.InnerException);
        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("limit 2", error.Message, StringComparison.Ordinal);

        var failed = Assert.Single(logs.Entries, e => e.EventId == 5110);
        Assert.IsType<SqliteException>(failed.Exception);
        Assert.Contains(logs.Entries, e => e.EventId == 5111);
        Assert.All(logs.Entries, e => Assert.DoesNotContain(first.EventType, e.Message, StringComparison.Ordinal));

        // Once the database takes writes again, the next acknowledgement's compaction makes room; nothing was lost.
        ExecuteOnDatabase("DROP TRIGGER refuse_inbox_rows;");
        Assert.False((await inbox.AcceptAsync(third, default)).IsDuplicate);
        Assert.Equal(new InboxStatistics(3, 0, 0), await inbox.GetStatisticsAsync(default));
        Assert.True((await inbox.AcceptAsync(TestMessages.RepeatOf(first, Time.GetUtcNow()), default)).IsDuplicate);
    }

    [Fact]
    public async Task A_crash_between_the_database_commit_and_the_journal_delete_replays_without_changing_anything()
    {
        var handoff = new InboxHandoff(capacity: 8);
        handoff.Attach("p1");
        var first = TestMessages.Notificatie(Time.GetUtcNow());
        var second = TestMessages.Notificatie(Time.GetUtcNow());
        string[] onDisk;
        await using (var inbox = Open(handoff))
        {
            await inbox.AcceptAsync(first, default);
            await inbox.AcceptAsync(second, default);
            Assert.True(await inbox.CompleteAsync(first.Id, "p1", default));
            onDisk = CopySegments();

            // Reading compacts: both rows are written to SQLite and the segments deleted.
            Assert.Equal(new InboxStatistics(1, 1, 0), await inbox.GetStatisticsAsync(default));
            Assert.Empty(Segments());

            // Completed after the compaction: this goes to SQLite directly.
            Assert.True(await inbox.CompleteAsync(second.Id, "p1", default));
        }

        RestoreSegments(onDisk);
        await using var restarted = Open(handoff: null);
        Assert.Equal(new InboxStatistics(0, 2, 0), await restarted.GetStatisticsAsync(default));
        Assert.Empty(Segments());
        Assert.Empty(await restarted.LeaseAsync("new-process", 10, Lease, default));
        var again = await restarted.AcceptAsync(TestMessages.RepeatOf(second, Time.GetUtcNow()), default);
        Assert.Equal(second.Id, again.Message.Id);
    }

    [Fact]
    public async Task A_repeat_gets_the_first_id_while_the_original_is_in_the_journal_and_after_it_moved_to_the_database()
    {
        var handoff = new InboxHandoff(capacity: 64);
        handoff.Attach("p1");
        await using var inbox = Open(handoff);
        var original = TestMessages.Notificatie(Time.GetUtcNow());
        await inbox.AcceptAsync(original, default);

        var inJournal = await inbox.AcceptAsync(TestMessages.RepeatOf(original, Time.GetUtcNow()), default);
        Assert.True(inJournal.IsDuplicate);
        Assert.Equal(original.Id, inJournal.Message.Id);
        Assert.NotEmpty(Segments());

        Assert.Equal(1, (await inbox.GetStatisticsAsync(default)).Pending);
        Assert.Empty(Segments());
        var inDatabase = await inbox.AcceptAsync(TestMessages.RepeatOf(original, Time.GetUtcNow()), default);
        Assert.True(inDatabase.IsDuplicate);
        Assert.Equal(original.Id, inDatabase.Message.Id);

        // Concurrent repeats of a new message, with a compaction racing them: one ID, one row.
        var next = TestMessages.Notificatie(Time.GetUtcNow());
        var repeats = Enumerable.Range(0, 16).Select(_ => TestMessages.RepeatOf(next, Time.GetUtcNow())).Prepend(next).ToList();
        var accepts = repeats.Select(m => Task.Run(() => inbox.AcceptAsync(m, default))).ToList();
        var compaction = Task.Run(() => inbox.GetStatisticsAsync(default));
        var results = await Task.WhenAll(accepts);
        await compaction;
        Assert.Single(results.Select(r => r.Message.Id).Distinct());
        Assert.Single(results, r => !r.IsDuplicate);
        Assert.Equal(2, (await inbox.GetStatisticsAsync(default)).Pending);
    }

    [Fact]
    public async Task A_message_in_the_journal_is_retried_and_dead_lettered_through_the_database()
    {
        var handoff = new InboxHandoff(capacity: 8);
        handoff.Attach("p1");
        await using var inbox = Open(handoff);
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await inbox.AcceptAsync(message, default);

        Assert.True(await inbox.RescheduleAsync(message.Id, "p1", Time.GetUtcNow(), "TimeoutException", default));
        var leased = Assert.Single(await inbox.LeaseAsync("p1", 10, Lease, default));
        Assert.Equal(2, leased.Attempts);
        Assert.True(await inbox.DeadLetterAsync(message.Id, "p1", "InvalidOperationException", default));
        Assert.Equal(message.Id, Assert.Single(await inbox.ListAsync(InboxEntryStatus.DeadLettered, 10, default)).Message.Id);
        Assert.True(await inbox.ReplayAsync(message.Id, default));
        Assert.Equal(new InboxStatistics(1, 0, 0), await inbox.GetStatisticsAsync(default));
    }

    [Fact]
    public async Task Switched_off_the_inbox_writes_no_journal()
    {
        var options = new SqliteStorageOptions { DatabasePath = DatabasePath, UseIntakeJournal = false };
        await using var inbox = new SqliteNotificationInbox(new SqliteDatabase(options), Time, ownsDatabase: true);
        await inbox.AcceptAsync(TestMessages.Notificatie(Time.GetUtcNow()), default);
        Assert.Empty(Segments());
        Assert.Equal(1, (await inbox.GetStatisticsAsync(default)).Pending);
    }

    [Fact]
    public async Task The_outbox_on_the_same_file_writes_no_journal()
    {
        await using var inbox = Open(handoff: null);
        await inbox.AcceptAsync(TestMessages.Notificatie(Time.GetUtcNow()), default);
        await inbox.GetStatisticsAsync(default);
        await using (var outbox = new SqliteOutboxStore(new SqliteStorageOptions { DatabasePath = DatabasePath }, Time))
        {
            var id = Guid.CreateVersion7();
            await outbox.EnqueueAsync(id, OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, "98000044"), Guid.NewGuid(), Guid.NewGuid()), Time.GetUtcNow(), default);
            Assert.Single(await outbox.LeaseAsync("a", 10, Lease, default));
        }

        Assert.Empty(Segments());
    }

    private static byte[] Frames(params IntakeJournalRecord[][] frames)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var frame in frames)
        {
            IntakeJournalFormat.WriteFrame(buffer, frame);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void ExecuteOnDatabase(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Reads a segment the inbox still has open for writing.</summary>
    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private string[] Segments() => IntakeJournal.ListSegments(DatabasePath).Select(s => s.Path).ToArray();

    /// <summary>Copies the segments as they are on disk now; returns the copies.</summary>
    private string[] CopySegments()
    {
        var copies = new List<string>();
        foreach (var path in Segments())
        {
            var copy = path + ".copy";
            File.Copy(path, copy);
            copies.Add(copy);
        }

        return [.. copies];
    }

    private static void RestoreSegments(string[] copies)
    {
        foreach (var copy in copies)
        {
            File.Move(copy, copy[..^".copy".Length], overwrite: true);
        }
    }

    private void DeleteDatabaseFiles()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

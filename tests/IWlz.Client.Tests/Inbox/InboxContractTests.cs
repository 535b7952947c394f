using IWlz.Client.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Inbox;

/// <summary>The behaviour every <see cref="INotificationInbox"/> must have; run against each implementation.</summary>
public abstract class InboxContractTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    protected INotificationInbox Inbox { get; private set; } = null!;

    protected abstract Task<INotificationInbox> CreateAsync();

    public async Task InitializeAsync() => Inbox = await CreateAsync();

    public virtual Task DisposeAsync() => Inbox is IAsyncDisposable d ? d.DisposeAsync().AsTask() : Task.CompletedTask;

    [Fact]
    public async Task Accept_stores_the_message_with_all_fields()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        var result = await Inbox.AcceptAsync(message, default);
        Assert.False(result.IsDuplicate);
        var stored = await Inbox.GetAsync(message.Id, default);
        Assert.NotNull(stored);
        Assert.Equal(InboxEntryStatus.Pending, stored.Status);
        Assert.Equal(0, stored.Attempts);
        Assert.Equal(message.EventType, stored.Message.EventType);
        Assert.Equal(message.Timestamp, stored.Message.Timestamp);
        Assert.Equal(message.SubjectList, stored.Message.SubjectList);
        Assert.Equal("uzovi:5000", stored.Message.Caller.ClientId);
        Assert.Equal(["a", "b"], stored.Message.Caller.Scopes);
    }

    [Fact]
    public async Task A_repeat_returns_the_first_id_even_with_subjects_in_another_order()
    {
        var first = TestMessages.Notificatie(Time.GetUtcNow(), subjects: [new("Bemiddeling/1", "A/1"), new("Bemiddeling/2", "A/2")]);
        await Inbox.AcceptAsync(first, default);
        var repeat = await Inbox.AcceptAsync(TestMessages.RepeatOf(first, Time.GetUtcNow()), default);
        Assert.True(repeat.IsDuplicate);
        Assert.Equal(first.Id, repeat.Message.Id);
        Assert.Equal(1, (await Inbox.GetStatisticsAsync(default)).Pending);
    }

    [Fact]
    public async Task Same_content_at_another_timestamp_is_a_new_message()
    {
        var first = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(first, default);
        var later = TestMessages.Notificatie(Time.GetUtcNow(), timestamp: first.Timestamp.AddSeconds(1), subjects: [.. first.SubjectList]);
        Assert.False((await Inbox.AcceptAsync(later, default)).IsDuplicate);
    }

    [Fact]
    public async Task Concurrent_repeats_are_stored_once()
    {
        var original = TestMessages.Notificatie(Time.GetUtcNow());
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => Inbox.AcceptAsync(i == 0 ? original : TestMessages.RepeatOf(original, Time.GetUtcNow()), default))));
        Assert.Single(results.Select(r => r.Message.Id).Distinct());
        Assert.Equal(19, results.Count(r => r.IsDuplicate));
        Assert.Equal(1, (await Inbox.GetStatisticsAsync(default)).Pending);
    }

    [Fact]
    public async Task Lease_counts_an_attempt_and_hides_the_message_from_other_owners()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(message, default);
        var leased = Assert.Single(await Inbox.LeaseAsync("a", 10, Lease, default));
        Assert.Equal(1, leased.Attempts);
        Assert.Empty(await Inbox.LeaseAsync("b", 10, Lease, default));
        Assert.True(await Inbox.CompleteAsync(message.Id, "a", default));
        Assert.Equal(InboxEntryStatus.Completed, (await Inbox.GetAsync(message.Id, default))!.Status);
        Assert.Empty(await Inbox.LeaseAsync("b", 10, Lease, default));
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_the_old_owner_cannot_complete()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(message, default);
        await Inbox.LeaseAsync("a", 10, Lease, default);
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var taken = Assert.Single(await Inbox.LeaseAsync("b", 10, Lease, default));
        Assert.Equal(2, taken.Attempts);
        Assert.False(await Inbox.CompleteAsync(message.Id, "a", default));
        Assert.True(await Inbox.CompleteAsync(message.Id, "b", default));
    }

    [Fact]
    public async Task CompleteMany_completes_the_owned_leases_and_reports_the_lost_ones()
    {
        var mine = TestMessages.Notificatie(Time.GetUtcNow());
        var alsoMine = TestMessages.Notificatie(Time.GetUtcNow());
        var taken = TestMessages.Notificatie(Time.GetUtcNow());
        foreach (var message in new[] { mine, alsoMine, taken })
        {
            await Inbox.AcceptAsync(message, default);
        }

        Assert.Equal(3, (await Inbox.LeaseAsync("a", 10, Lease, default)).Count);
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(3, (await Inbox.LeaseAsync("b", 10, Lease, default)).Count);
        Assert.True(await Inbox.CompleteAsync(taken.Id, "b", default));
        Assert.True(await Inbox.RescheduleAsync(mine.Id, "b", Time.GetUtcNow(), null, default));
        Assert.True(await Inbox.RescheduleAsync(alsoMine.Id, "b", Time.GetUtcNow(), null, default));
        Assert.Equal(2, (await Inbox.LeaseAsync("c", 10, Lease, default)).Count);

        var lost = await Inbox.CompleteManyAsync([mine.Id, taken.Id, alsoMine.Id], "c", default);

        Assert.Equal([taken.Id], lost);
        Assert.Equal(InboxEntryStatus.Completed, (await Inbox.GetAsync(mine.Id, default))!.Status);
        Assert.Equal(InboxEntryStatus.Completed, (await Inbox.GetAsync(alsoMine.Id, default))!.Status);
        Assert.Equal(new InboxStatistics(0, 3, 0), await Inbox.GetStatisticsAsync(default));
        Assert.Empty(await Inbox.CompleteManyAsync([], "c", default));
    }

    [Fact]
    public async Task A_rescheduled_message_is_not_due_before_its_time()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(message, default);
        await Inbox.LeaseAsync("a", 10, Lease, default);
        Assert.True(await Inbox.RescheduleAsync(message.Id, "a", Time.GetUtcNow().AddSeconds(30), "System.Exception: boom", default));
        Assert.Empty(await Inbox.LeaseAsync("a", 10, Lease, default));
        Time.Advance(TimeSpan.FromSeconds(31));
        var again = Assert.Single(await Inbox.LeaseAsync("a", 10, Lease, default));
        Assert.Equal(2, again.Attempts);
        Assert.Equal("System.Exception: boom", again.LastError);
    }

    [Fact]
    public async Task Dead_letters_are_listed_and_replayed_with_attempts_reset()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(message, default);
        await Inbox.LeaseAsync("a", 10, Lease, default);
        Assert.True(await Inbox.DeadLetterAsync(message.Id, "a", "gave up", default));
        Assert.Empty(await Inbox.LeaseAsync("a", 10, Lease, default));
        var dead = Assert.Single(await Inbox.ListAsync(InboxEntryStatus.DeadLettered, 10, default));
        Assert.Equal(message.Id, dead.Message.Id);
        Assert.Equal("gave up", dead.LastError);
        Assert.Equal(new InboxStatistics(0, 0, 1), await Inbox.GetStatisticsAsync(default));

        Assert.True(await Inbox.ReplayAsync(message.Id, default));
        Assert.False(await Inbox.ReplayAsync(message.Id, default));
        var replayed = Assert.Single(await Inbox.LeaseAsync("a", 10, Lease, default));
        Assert.Equal(1, replayed.Attempts);
    }

    [Fact]
    public async Task Replay_of_an_unknown_or_pending_message_is_refused()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(message, default);
        Assert.False(await Inbox.ReplayAsync(message.Id, default));
        Assert.False(await Inbox.ReplayAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task Purge_deletes_only_old_completed_messages_and_forgets_their_key()
    {
        var done = TestMessages.Notificatie(Time.GetUtcNow());
        var dead = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(done, default);
        await Inbox.AcceptAsync(dead, default);
        await Inbox.LeaseAsync("a", 10, Lease, default);
        await Inbox.CompleteAsync(done.Id, "a", default);
        await Inbox.DeadLetterAsync(dead.Id, "a", "x", default);
        Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Inbox.PurgeCompletedAsync(Time.GetUtcNow().AddDays(-1), default));
        Assert.Null(await Inbox.GetAsync(done.Id, default));
        Assert.NotNull(await Inbox.GetAsync(dead.Id, default));
        Assert.False((await Inbox.AcceptAsync(TestMessages.RepeatOf(done, Time.GetUtcNow()), default)).IsDuplicate);
    }

    [Fact]
    public async Task Lease_returns_due_messages_oldest_first_up_to_the_limit()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var m = TestMessages.Notificatie(Time.GetUtcNow());
            ids.Add(m.Id);
            await Inbox.AcceptAsync(m, default);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await Inbox.LeaseAsync("a", 3, Lease, default);
        Assert.Equal(ids.Take(3), first.Select(e => e.Message.Id));
        var rest = await Inbox.LeaseAsync("a", 10, Lease, default);
        Assert.Equal(ids.Skip(3), rest.Select(e => e.Message.Id));
    }
}

public sealed class InMemoryInboxContractTests : InboxContractTests
{
    protected override Task<INotificationInbox> CreateAsync() => Task.FromResult<INotificationInbox>(new InMemoryNotificationInbox(Time));
}

public sealed class SqliteInboxContractTests : InboxContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iwlz-inbox-").FullName;

    protected override Task<INotificationInbox> CreateAsync() =>
        Task.FromResult<INotificationInbox>(new IWlz.Client.Inbox.SqliteNotificationInbox(new IWlz.Client.Storage.SqliteStorageOptions { DatabasePath = Path.Combine(_folder, "inbox.db") }, Time));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Messages_survive_reopening_and_leases_of_the_previous_process_are_released()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await Inbox.AcceptAsync(message, default);
        Assert.Single(await Inbox.LeaseAsync("crashed-process", 10, TimeSpan.FromHours(1), default));
        await ((IAsyncDisposable)Inbox).DisposeAsync();

        await using var reopened = new IWlz.Client.Inbox.SqliteNotificationInbox(new IWlz.Client.Storage.SqliteStorageOptions { DatabasePath = Path.Combine(_folder, "inbox.db") }, Time);
        var again = Assert.Single(await reopened.LeaseAsync("new-process", 10, TimeSpan.FromHours(1), default));
        Assert.Equal(message.Id, again.Message.Id);
        Assert.Equal(2, again.Attempts);
        Assert.True(File.Exists(Path.Combine(_folder, "inbox.db-wal")) || File.Exists(Path.Combine(_folder, "inbox.db")));
    }

    [Fact]
    public async Task The_database_uses_write_ahead_logging()
    {
        await Inbox.AcceptAsync(TestMessages.Notificatie(Time.GetUtcNow()), default);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "inbox.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}

/// <summary>The same contract with the intake journal switched off: every acknowledgement is its own SQLite insert.</summary>
public sealed class SqliteInboxWithoutJournalContractTests : InboxContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iwlz-inbox-nojournal-").FullName;

    protected override Task<INotificationInbox> CreateAsync() =>
        Task.FromResult<INotificationInbox>(new IWlz.Client.Inbox.SqliteNotificationInbox(
            new IWlz.Client.Storage.SqliteDatabase(new IWlz.Client.Storage.SqliteStorageOptions { DatabasePath = Path.Combine(_folder, "inbox.db"), UseIntakeJournal = false }),
            Time,
            ownsDatabase: true));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

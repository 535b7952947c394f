using System.Collections.Concurrent;
using IWlz.Client.Inbox;
using IWlz.Client.Inbox.Internal;
using IWlz.Client.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Inbox;

/// <summary>
/// The in-memory hand-off from the SQLite inbox to the dispatcher: what is handed off is still stored as the
/// durable record (leased, attempt counted), what does not fit goes the database way, and nothing is lost.
/// </summary>
public sealed class SqliteInboxHandoffTests() : SqliteInboxTestBase("iwlz-handoff-")
{
    [Fact]
    public async Task A_handed_off_message_is_stored_leased_with_its_attempt_counted_and_the_database_way_skips_it()
    {
        var handoff = new InboxHandoff(capacity: 8);
        handoff.Attach("dispatcher-1");
        await using var inbox = Open(handoff);
        var message = TestMessages.Notificatie(Time.GetUtcNow());

        var result = await inbox.AcceptAsync(message, default);

        Assert.False(result.IsDuplicate);
        Assert.True(handoff.TryTake(out var entry));
        Assert.Equal(message.Id, entry.Message.Id);
        Assert.Equal(1, entry.Attempts);
        Assert.Equal(message.SubjectList, entry.Message.SubjectList);
        Assert.False(handoff.TakeStoredWithoutHandoff());

        var stored = await inbox.GetAsync(message.Id, default);
        Assert.Equal(InboxEntryStatus.Pending, stored!.Status);
        Assert.Equal(1, stored.Attempts);

        // The row is the durable record, but another reader of the file must not deliver it a second time.
        Assert.Empty(await inbox.LeaseAsync("someone-else", 10, Lease, default));

        // The hand-off owner completes it like any lease.
        Assert.True(await inbox.CompleteAsync(message.Id, "dispatcher-1", default));
        Assert.Equal(InboxEntryStatus.Completed, (await inbox.GetAsync(message.Id, default))!.Status);
    }

    [Fact]
    public async Task The_handed_off_copy_has_the_receive_time_as_stored_so_a_retry_sees_the_same_message()
    {
        var handoff = new InboxHandoff(capacity: 8);
        handoff.Attach("dispatcher-1");
        await using var inbox = Open(handoff);
        var message = TestMessages.Notificatie(Time.GetUtcNow().AddTicks(1234));

        await inbox.AcceptAsync(message, default);

        Assert.True(handoff.TryTake(out var entry));
        var stored = await inbox.GetAsync(message.Id, default);
        Assert.Equal(stored!.Message.ReceivedAt, entry.Message.ReceivedAt);
        Assert.Equal(stored.Message.Timestamp, entry.Message.Timestamp);
    }

    [Fact]
    public async Task When_the_handoff_is_full_the_message_is_stored_unleased_and_the_dispatcher_is_told_to_read_the_file()
    {
        var handoff = new InboxHandoff(capacity: 1);
        handoff.Attach("dispatcher-1");
        await using var inbox = Open(handoff);
        var first = TestMessages.Notificatie(Time.GetUtcNow());
        var second = TestMessages.Notificatie(Time.GetUtcNow());

        await inbox.AcceptAsync(first, default);
        await inbox.AcceptAsync(second, default);

        Assert.Equal(1, handoff.Count);
        Assert.True(handoff.TakeStoredWithoutHandoff());
        Assert.Equal(0, (await inbox.GetAsync(second.Id, default))!.Attempts);
        var leased = Assert.Single(await inbox.LeaseAsync("dispatcher-1", 10, Lease, default));
        Assert.Equal(second.Id, leased.Message.Id);
        Assert.True(handoff.TryTake(out var handedOff));
        Assert.Equal(first.Id, handedOff.Message.Id);
    }

    [Fact]
    public async Task A_duplicate_or_a_failed_write_gives_its_reserved_place_back()
    {
        var handoff = new InboxHandoff(capacity: 1);
        handoff.Attach("dispatcher-1");
        await using var inbox = Open(handoff);
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await inbox.AcceptAsync(message, default);
        Assert.True(handoff.TryTake(out _));

        var repeat = await inbox.AcceptAsync(TestMessages.RepeatOf(message, Time.GetUtcNow()), default);
        Assert.True(repeat.IsDuplicate);
        Assert.Equal(0, handoff.Count);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => inbox.AcceptAsync(TestMessages.Notificatie(Time.GetUtcNow()), cancelled.Token));
        Assert.Equal(0, handoff.Count);
    }

    [Fact]
    public async Task A_message_handed_off_in_memory_when_the_process_dies_is_delivered_after_the_restart()
    {
        var handoff = new InboxHandoff(capacity: 8);
        handoff.Attach("process-that-dies");
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await using (var dying = Open(handoff))
        {
            await dying.AcceptAsync(message, default);

            // The process ends with the message still waiting in memory: the queue is never read.
        }

        await using var restarted = Open(handoff: null);
        var again = Assert.Single(await restarted.LeaseAsync("new-process", 10, Lease, default));
        Assert.Equal(message.Id, again.Message.Id);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task With_a_tiny_handoff_every_message_is_handled_exactly_once_through_memory_and_file()
    {
        var handler = new CountingHandler();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new InboxHandoff(capacity: 2));
        builder.Services.AddSingleton<INotificatieMessageHandler>(handler);
        builder.Services.AddIWlzInbox(o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(20);
            o.BatchSize = 4;
        }).UseSqlite(o => o.DatabasePath = DatabasePath);
        using var host = builder.Build();
        await host.StartAsync();
        var inbox = host.Services.GetRequiredService<INotificationInbox>();

        var messages = Enumerable.Range(0, 60).Select(_ => TestMessages.Notificatie(DateTimeOffset.UtcNow)).ToList();
        await Task.WhenAll(messages.Select(m => inbox.AcceptAsync(m, default)));

        await InboxDispatcherTests.Eventually(async () => (await inbox.GetStatisticsAsync(default)).Completed == messages.Count);
        await host.StopAsync();
        Assert.All(messages, m => Assert.Equal(1, handler.Calls.GetValueOrDefault(m.Id)));
        Assert.Equal(messages.Count, handler.Calls.Count);
    }

    [Fact]
    public async Task Messages_waiting_in_memory_when_the_dispatcher_stops_are_given_back_to_the_file()
    {
        var handoff = new InboxHandoff(capacity: 8);
        handoff.Attach("stopping-dispatcher");
        await using var inbox = Open(handoff);
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await inbox.AcceptAsync(message, default);

        // What the dispatcher does when it stops: detach, then reschedule what is left, which releases the lease.
        handoff.Detach();
        Assert.True(handoff.TryTake(out var left));
        Assert.True(await inbox.RescheduleAsync(left.Message.Id, "stopping-dispatcher", Time.GetUtcNow(), null, default));

        Assert.Null(handoff.TryReserve());
        var leased = Assert.Single(await inbox.LeaseAsync("next", 10, Lease, default));
        Assert.Equal(message.Id, leased.Message.Id);
    }

    [Fact]
    public async Task A_database_of_the_first_schema_version_is_upgraded_to_the_partial_indexes_with_its_messages_kept()
    {
        var message = TestMessages.Notificatie(Time.GetUtcNow());
        await using (var old = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = DatabasePath }))
        {
            await old.EnsureMigratedAsync(InboxMigrations.Component, [InboxMigrations.All[0]], default);

            // A row as the first version wrote it (the inbox itself would apply every migration first).
            await old.WriteAsync(connection =>
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO iwlz_inbox (id, kind, dedup_key, event_type, message, received_at, status, attempts, next_attempt_at)
                    VALUES ($id, 0, $key, $eventType, $message, $at, 0, 0, $at);
                    """;
                insert.Parameters.AddWithValue("$id", message.Id.ToString("D"));
                insert.Parameters.AddWithValue("$key", message.DeduplicationKey);
                insert.Parameters.AddWithValue("$eventType", message.EventType);
                insert.Parameters.AddWithValue("$message", InboundMessageJson.Serialize(message));
                insert.Parameters.AddWithValue("$at", message.ReceivedAt.ToUnixTimeMilliseconds());
                return insert.ExecuteNonQuery();
            }, default);
        }

        await using var inbox = Open(handoff: null);
        var leased = Assert.Single(await inbox.LeaseAsync("a", 10, Lease, default));
        Assert.Equal(message.Id, leased.Message.Id);
        Assert.True(await inbox.CompleteAsync(message.Id, "a", default));
        Assert.Equal(1, (await inbox.GetStatisticsAsync(default)).Completed);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'iwlz_inbox' AND name LIKE 'ix_%' ORDER BY name;";
        var names = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["ix_iwlz_inbox_dedup", "ix_iwlz_inbox_finished_at", "ix_iwlz_inbox_pending"], names);
    }

    public sealed class CountingHandler : INotificatieMessageHandler
    {
        public ConcurrentDictionary<Guid, int> Calls { get; } = new();

        public Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken)
        {
            Calls.AddOrUpdate(notificatie.Id, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}

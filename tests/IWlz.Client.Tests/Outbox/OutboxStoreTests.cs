using IWlz.Client.Notifications;
using IWlz.Client.Outbox;
using IWlz.Client.Sending;
using IWlz.Client.Storage;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Outbox;

/// <summary>The store contract, on both stores, with real SQLite files and a fake clock.</summary>
public sealed class OutboxStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iwlz-outbox-store-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private string Db => Path.Combine(_folder, "outbox.db");

    public static TheoryData<string> Stores => ["sqlite", "memory"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_delivered_message_is_never_leased_again(string kind)
    {
        var store = Create(kind);
        var id = Guid.CreateVersion7();
        await store.EnqueueAsync(id, Notificatie(), _time.GetUtcNow(), CancellationToken.None);

        var leased = Assert.Single(await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(1, leased.Attempts);
        var receiver = Guid.NewGuid();
        Assert.True(await store.MarkDeliveredAsync(id, receiver, "0af7651916cd43dd8448eb211c80319c", CancellationToken.None));

        // A late update by the lease owner and a second acknowledgement change nothing.
        Assert.False(await store.RescheduleAsync(id, "a", _time.GetUtcNow(), null, CancellationToken.None));
        Assert.False(await store.MarkDeliveredAsync(id, Guid.NewGuid(), null, CancellationToken.None));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await store.LeaseAsync("b", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        var entry = await store.GetAsync(id, CancellationToken.None);
        Assert.Equal(OutboxMessageStatus.Delivered, entry!.Status);
        Assert.Equal(receiver, entry.ReceiverId);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", entry.LastTraceId);
    }

    [Fact]
    public async Task A_crash_after_the_200_but_before_it_was_recorded_sends_again_and_a_recorded_200_never()
    {
        var pending = Guid.CreateVersion7();
        var delivered = Guid.CreateVersion7();
        await using (var first = new SqliteOutboxStore(new SqliteStorageOptions { DatabasePath = Db }, _time))
        {
            await first.EnqueueAsync(pending, Notificatie(), _time.GetUtcNow(), CancellationToken.None);
            await first.EnqueueAsync(delivered, Notificatie(), _time.GetUtcNow(), CancellationToken.None);
            Assert.Equal(2, (await first.LeaseAsync("crashed-process", 10, TimeSpan.FromHours(1), CancellationToken.None)).Count);

            // Both were sent and answered 200; the process recorded only one acknowledgement before it died.
            Assert.True(await first.MarkDeliveredAsync(delivered, Guid.NewGuid(), null, CancellationToken.None));
        }

        await using var second = new SqliteOutboxStore(new SqliteStorageOptions { DatabasePath = Db }, _time);
        var again = Assert.Single(await second.LeaseAsync("restarted", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(pending, again.Id); // at-least-once: its lease is released at start, although it is not expired
        Assert.Equal(2, again.Attempts);
        Assert.Equal(OutboxMessageStatus.Delivered, (await second.GetAsync(delivered, CancellationToken.None))!.Status);
        Assert.False(await second.RescheduleAsync(again.Id, "crashed-process", _time.GetUtcNow(), null, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_message_is_due_only_at_its_next_attempt_and_an_expired_lease_can_be_taken_over(string kind)
    {
        var store = Create(kind);
        var id = Guid.CreateVersion7();
        await store.EnqueueAsync(id, Notificatie(), _time.GetUtcNow(), CancellationToken.None);
        Assert.Single(await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Empty(await store.LeaseAsync("b", 10, TimeSpan.FromMinutes(1), CancellationToken.None));

        var failure = SendResult.Failed(SendFailureReason.ServerError, "ServerError (HTTP 503)", TimeSpan.FromSeconds(30));
        Assert.True(await store.RescheduleAsync(id, "a", _time.GetUtcNow().AddSeconds(30), failure, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = Assert.Single(await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(2, second.Attempts);
        Assert.Equal(SendFailureReason.ServerError, second.LastFailureReason);
        Assert.Equal("ServerError (HTTP 503)", second.LastError);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(await store.LeaseAsync("b", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.False(await store.RescheduleAsync(id, "a", _time.GetUtcNow(), null, CancellationToken.None)); // "a" lost its lease
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Dead_letters_are_listed_counted_kept_and_replayed_with_a_fresh_attempt_count(string kind)
    {
        var store = Create(kind);
        var id = Guid.CreateVersion7();
        await store.EnqueueAsync(id, Notificatie(), _time.GetUtcNow(), CancellationToken.None);
        Assert.Single(await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await store.DeadLetterAsync(id, "a", SendResult.Failed(SendFailureReason.OntvangerNotValid, "The PDP refused: ontvanger is not valid."), CancellationToken.None));

        var dead = Assert.Single(await store.ListAsync(OutboxMessageStatus.DeadLettered, 10, CancellationToken.None));
        Assert.Equal(SendFailureReason.OntvangerNotValid, dead.LastFailureReason);
        Assert.Equal(_time.GetUtcNow(), dead.FinishedAt);
        Assert.Equal(new OutboxStatistics(0, 0, 1), await store.GetStatisticsAsync(CancellationToken.None));
        Assert.Equal(0, await store.PurgeDeliveredAsync(_time.GetUtcNow().AddYears(1), CancellationToken.None));
        Assert.Empty(await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.True(await store.ReplayAsync(id, CancellationToken.None));
        Assert.False(await store.ReplayAsync(id, CancellationToken.None));
        var replayed = Assert.Single(await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(1, replayed.Attempts);
        Assert.Null(replayed.FinishedAt);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Delivered_messages_are_purged_after_the_retention(string kind)
    {
        var store = Create(kind);
        var id = Guid.CreateVersion7();
        await store.EnqueueAsync(id, Notificatie(), _time.GetUtcNow(), CancellationToken.None);
        await store.LeaseAsync("a", 10, TimeSpan.FromMinutes(1), CancellationToken.None);
        await store.MarkDeliveredAsync(id, Guid.NewGuid(), null, CancellationToken.None);

        Assert.Equal(0, await store.PurgeDeliveredAsync(_time.GetUtcNow(), CancellationToken.None));
        Assert.Equal(1, await store.PurgeDeliveredAsync(_time.GetUtcNow().AddMilliseconds(1), CancellationToken.None));
        Assert.Null(await store.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task A_stored_message_comes_back_exactly_as_it_was_enqueued()
    {
        var timestamp = new DateTimeOffset(2026, 3, 1, 10, 15, 30, TimeSpan.FromHours(1)).AddTicks(1234567);
        var notificatie = OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgkantoor>(new NotificationParty(IDType.UZOVI, "5151"), Guid.NewGuid(), Guid.NewGuid(), timestamp, "abonnement-7");
        var melding = new FoutmeldingBuilder(new NotificationParty(IDType.KVK, "62253778")).Add("GGR0001", "Client", Guid.NewGuid()).Add("RS038", "Stoornis", Guid.NewGuid()).OnBehalfOf(IDType.UZOVI, "5151").At(timestamp).Build();
        await using (var store = new SqliteOutboxStore(new SqliteStorageOptions { DatabasePath = Db }, _time))
        {
            await store.EnqueueAsync(Guid.Parse("01000000-0000-7000-8000-000000000001"), notificatie, _time.GetUtcNow(), CancellationToken.None);
            await store.EnqueueAsync(Guid.Parse("01000000-0000-7000-8000-000000000002"), melding, _time.GetUtcNow(), CancellationToken.None);
        }

        await using var reopened = new SqliteOutboxStore(new SqliteStorageOptions { DatabasePath = Db }, _time);
        var entries = await reopened.ListAsync(OutboxMessageStatus.Pending, 10, CancellationToken.None);
        AssertSame(notificatie, Assert.IsType<OutgoingNotificatie>(entries.Single(e => e.Id.ToString().EndsWith('1')).Message));
        AssertSame(melding, Assert.IsType<OutgoingMelding>(entries.Single(e => e.Id.ToString().EndsWith('2')).Message));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void AssertSame(OutgoingMessage expected, OutgoingMessage actual)
    {
        Assert.Equal(expected.Timestamp, actual.Timestamp);
        Assert.Equal(expected.Timestamp.Offset, actual.Timestamp.Offset);
        Assert.Equal(expected.Ontvanger, actual.Ontvanger);
        Assert.Equal(expected.EventType, actual.EventType);
        Assert.Equal(expected.OntvangerKenmerk, actual.OntvangerKenmerk);
        Assert.Equal(expected.SubjectList.Select(s => (s.Subject, s.RecordId)), actual.SubjectList.Select(s => (s.Subject, s.RecordId)));
    }

    private static OutgoingNotificatie Notificatie() =>
        OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, "98000044"), Guid.NewGuid(), Guid.NewGuid());

    private IOutboxStore Create(string kind) => kind == "sqlite"
        ? new SqliteOutboxStore(new SqliteStorageOptions { DatabasePath = Db }, _time)
        : new InMemoryOutboxStore(_time);
}

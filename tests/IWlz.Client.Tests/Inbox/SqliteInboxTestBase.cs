using IWlz.Client.Inbox;
using IWlz.Client.Inbox.Internal;
using IWlz.Client.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Inbox;

/// <summary>
/// What the tests of the SQLite inbox share: a real database file in a temporary folder of its own (deleted afterwards)
/// and a fake clock that is never advanced unless a test does so, so the background compaction of the intake journal
/// runs only when a test decides.
/// </summary>
public abstract class SqliteInboxTestBase(string folderPrefix) : IAsyncLifetime
{
    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    protected string Folder { get; } = Directory.CreateTempSubdirectory(folderPrefix).FullName;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    protected string DatabasePath => Path.Combine(Folder, "inbox.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>An inbox on the test's database file with default options (intake journal on), which owns its database.</summary>
    private protected SqliteNotificationInbox Open(InboxHandoff? handoff) =>
        new(new SqliteDatabase(new SqliteStorageOptions { DatabasePath = DatabasePath }), Time, ownsDatabase: true) { Handoff = handoff };
}

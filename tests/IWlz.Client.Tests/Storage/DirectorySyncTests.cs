using IWlz.Client.Inbox.Internal;
using IWlz.Client.Storage.Internal;

namespace IWlz.Client.Tests.Storage;

/// <summary>
/// The directory flush that makes a new journal segment's name durable: the real system calls on this machine, the
/// typed error for a directory that is not there, and that the journal flushes the directory exactly when it creates
/// a segment and only with a flush to disk.
/// </summary>
public sealed class DirectorySyncTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iwlz-dirsync-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_existing_directory_is_flushed_without_error()
    {
        DirectorySync.Flush(_folder);
    }

    [Fact]
    public void A_missing_directory_is_a_typed_error_that_names_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Nothing is flushed on Windows.
        }

        var missing = Path.Combine(_folder, "not-there");
        var error = Assert.Throws<DirectoryNotFoundException>(() => DirectorySync.Flush(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_journal_flushes_the_directory_once_per_new_segment_before_the_acknowledgement_completes()
    {
        var flushed = new List<string>();
        var databasePath = Path.Combine(_folder, "inbox.db");
        var journal = new IntakeJournal(databasePath, flushToDisk: true, directory =>
        {
            // The segment's directory entry exists when its directory is flushed.
            Assert.Single(IntakeJournal.ListSegments(databasePath));
            DirectorySync.Flush(directory);
            lock (flushed)
            {
                flushed.Add(directory);
            }
        });
        await using (journal)
        {
            journal.Start(firstSegment: 1);
            await journal.AppendAsync([Completion()]);
            Assert.Equal([_folder], flushed);

            // Appends to the same segment do not flush the directory again; the next segment does.
            await journal.AppendAsync([Completion()]);
            Assert.Single(flushed);
            journal.DeleteSegmentsThrough(await journal.RotateAsync());
            await journal.AppendAsync([Completion()]);
            Assert.Equal([_folder, _folder], flushed);
        }
    }

    [Fact]
    public async Task A_failed_directory_flush_fails_the_acknowledgements_that_rely_on_the_segment()
    {
        var journal = new IntakeJournal(Path.Combine(_folder, "inbox.db"), flushToDisk: true, directory =>
            throw new IOException($"Could not flush the directory '{directory}' to disk."));
        await using (journal)
        {
            journal.Start(firstSegment: 1);
            var error = await Assert.ThrowsAsync<IOException>(() => journal.AppendAsync([Completion()]));
            Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_a_flush_to_disk_the_directory_is_not_flushed()
    {
        var calls = 0;
        var journal = new IntakeJournal(Path.Combine(_folder, "inbox.db"), flushToDisk: false, _ => Interlocked.Increment(ref calls));
        await using (journal)
        {
            journal.Start(firstSegment: 1);
            await journal.AppendAsync([Completion()]);
        }

        Assert.Equal(0, calls);
        Assert.Single(IntakeJournal.ListSegments(Path.Combine(_folder, "inbox.db")));
    }

    private static IntakeJournalCompletion Completion() => new(Guid.NewGuid(), 1_000);
}

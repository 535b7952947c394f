using System.Buffers;
using System.Globalization;
using System.Threading.Channels;
using IWlz.Client.Storage.Internal;

namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// The append-only intake journal in front of the SQLite inbox: the acknowledgement path appends the message to a
/// segment file next to the database, and concurrent appends share one write and one flush to disk (group commit).
/// The inbox later writes the journal's content into SQLite in one large transaction (compaction) and then deletes
/// the segments it covered; segments left by a crash are replayed into SQLite at start-up.
/// </summary>
/// <remarks>
/// One writer loop owns the file. A compaction first rotates the journal (<see cref="RotateAsync"/>): every record
/// appended before the rotation is in a segment up to the number it returns, every later one in a newer segment.
/// </remarks>
internal sealed class IntakeJournal : IAsyncDisposable
{
    /// <summary>The most appends written as one frame.</summary>
    private const int MaxBatch = 1_024;

    private readonly string _databasePath;
    private readonly bool _flushToDisk;
    private readonly Action<string> _syncDirectory;
    private readonly Channel<Item> _items = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly List<IntakeJournalRecord> _records = [];
    private readonly List<Item> _batch = [];
    private readonly List<Item> _unflushed = [];
    private FileStream? _file;
    private long _segment;
    private Task? _loop;

    /// <param name="databasePath">The absolute path of the database file; segments are written beside it.</param>
    /// <param name="flushToDisk">
    /// Whether every frame of acknowledgements is flushed to disk before its appends complete, and the directory after a
    /// new segment file is created in it (<c>Synchronous = Full</c>).
    /// </param>
    /// <param name="syncDirectory">Flushes a directory to disk; <see cref="DirectorySync.Flush"/> unless a test observes it.</param>
    public IntakeJournal(string databasePath, bool flushToDisk, Action<string>? syncDirectory = null)
    {
        _databasePath = databasePath;
        _flushToDisk = flushToDisk;
        _syncDirectory = syncDirectory ?? DirectorySync.Flush;
    }

    /// <summary>The segment files of a database, oldest first.</summary>
    public static IReadOnlyList<(long Number, string Path)> ListSegments(string databasePath)
    {
        var directory = Path.GetDirectoryName(databasePath)!;
        var prefix = Path.GetFileName(databasePath) + "-intake-";
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var segments = new List<(long, string)>();
        foreach (var path in Directory.EnumerateFiles(directory, prefix + "*.journal"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (long.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                segments.Add((number, path));
            }
        }

        segments.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return segments;
    }

    /// <summary>The path of segment <paramref name="number"/>.</summary>
    public static string SegmentPath(string databasePath, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{databasePath}-intake-{number:D12}.journal");

    /// <summary>Starts the writer; the first segment it creates has number <paramref name="firstSegment"/>.</summary>
    public void Start(long firstSegment)
    {
        _segment = firstSegment;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Appends records; completes once they are written (and, with a flush to disk, durable).</summary>
    /// <param name="records">The records, written in one frame with whatever else is waiting.</param>
    /// <param name="tracked">Told the segment number the records were written to, before the task completes.</param>
    public Task AppendAsync(IReadOnlyList<IntakeJournalRecord> records, IJournalTracked? tracked = null)
    {
        var item = new Item(records, tracked, rotate: false);
        return _items.Writer.TryWrite(item) ? item.Completion.Task : Task.FromException(new ObjectDisposedException(nameof(IntakeJournal)));
    }

    /// <summary>
    /// Appends records that need no flush to disk of their own (completions). The writer loop writes them at once, in
    /// one frame with whatever else is waiting, and the task completes right after that write, before any flush: written
    /// to the file (the OS page cache), they survive a crash of the process; the next acknowledgement's flush (or a
    /// compaction) makes them survive a power loss. The task never fails: a record whose write failed is only lost on a
    /// crash, where it makes a message run again.
    /// </summary>
    public Task AppendUnflushedAsync(IReadOnlyList<IntakeJournalRecord> records)
    {
        var item = new Item(records, null, rotate: false) { Unflushed = true };
        return _items.Writer.TryWrite(item) ? item.Completion.Task : Task.CompletedTask;
    }

    /// <summary>
    /// Closes the current segment. Returns the number of the last closed segment: every record appended before this
    /// call is in a segment with that number or lower.
    /// </summary>
    public async Task<long> RotateAsync()
    {
        var item = new Item([], null, rotate: true);
        ObjectDisposedException.ThrowIf(!_items.Writer.TryWrite(item), this);

        await item.Completion.Task.ConfigureAwait(false);
        return item.ClosedSegment;
    }

    /// <summary>Deletes every segment file up to and including <paramref name="number"/>.</summary>
    public void DeleteSegmentsThrough(long number)
    {
        foreach (var (segment, path) in ListSegments(_databasePath))
        {
            if (segment <= number)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Stops the writer after the queued appends and closes the segment.</summary>
    public async ValueTask DisposeAsync()
    {
        _items.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    private async Task RunAsync()
    {
        try
        {
            while (await _items.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                // Everything that is waiting goes into one frame: acknowledgements and completions alike.
                _batch.Clear();
                Item? rotate = null;
                while (_batch.Count < MaxBatch && _items.Reader.TryRead(out var item))
                {
                    if (item.Rotate)
                    {
                        rotate = item;
                        break;
                    }

                    if (item.Unflushed)
                    {
                        _unflushed.Add(item);
                        continue;
                    }

                    _batch.Add(item);
                }

                if (_batch.Count > 0 || _unflushed.Count > 0)
                {
                    // Only acknowledgements wait for the flush to disk. A frame of completions alone is written at once
                    // (in the OS page cache, so it survives a process crash) and becomes durable with the next flush.
                    WriteBatch(flush: _batch.Count > 0);
                }

                if (rotate is not null)
                {
                    CloseSegment();
                    rotate.ClosedSegment = _segment;
                    _segment++;
                    rotate.Completion.TrySetResult();
                }
            }
        }
        finally
        {
            if (_unflushed.Count > 0)
            {
                _batch.Clear();
                WriteBatch(flush: true);
            }

            CloseSegment();
        }
    }

    private void WriteBatch(bool flush)
    {
        try
        {
            _records.Clear();
            foreach (var item in _unflushed)
            {
                _records.AddRange(item.Records);
            }

            foreach (var item in _batch)
            {
                _records.AddRange(item.Records);
            }

            _buffer.Clear();
            IntakeJournalFormat.WriteFrame(_buffer, _records);
            if (_file is null)
            {
                _file = new FileStream(SegmentPath(_databasePath, _segment), FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0, FileOptions.None);
                if (_flushToDisk)
                {
                    // The new file's directory entry must be durable before an acknowledgement relies on the file:
                    // an fsync of the file alone does not make its name survive a power failure on every file system.
                    _syncDirectory(Path.GetDirectoryName(_file.Name)!);
                }
            }

            _file.Write(_buffer.WrittenSpan);
            CompleteUnflushed();
            if (flush && _flushToDisk)
            {
                _file.Flush(flushToDisk: true);
            }
        }
#pragma warning disable CA1031 // The writer must survive any failure: it fails the batch and goes on in a fresh segment.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            CompleteUnflushed();
            foreach (var item in _batch)
            {
                item.Completion.TrySetException(ex);
            }

            // The segment may end in a partial frame now; nothing more is appended to it. Its complete frames stay
            // valid and are compacted or replayed like any other (a partial last frame is ignored on reading).
            CloseSegment();
            _segment++;
            return;
        }

        foreach (var item in _batch)
        {
            item.Tracked?.Written(_segment);
            item.Completion.TrySetResult();
        }
    }

    /// <summary>Releases the callers of <see cref="AppendUnflushedAsync"/> once their records are written (or their write failed).</summary>
    private void CompleteUnflushed()
    {
        foreach (var item in _unflushed)
        {
            item.Completion.TrySetResult();
        }

        _unflushed.Clear();
    }

    private void CloseSegment()
    {
        try
        {
            _file?.Dispose();
        }
        catch (IOException)
        {
            // Closing a file whose last write failed; its content is what it is.
        }

        _file = null;
    }

    private sealed class Item(IReadOnlyList<IntakeJournalRecord> records, IJournalTracked? tracked, bool rotate)
    {
        public IReadOnlyList<IntakeJournalRecord> Records { get; } = records;

        public IJournalTracked? Tracked { get; } = tracked;

        public bool Rotate { get; } = rotate;

        public long ClosedSegment { get; set; }

        /// <summary>Its records are written at once and it completes after the write, without waiting for a flush to disk.</summary>
        public bool Unflushed { get; init; }

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Told which journal segment its records were written to.</summary>
internal interface IJournalTracked
{
    void Written(long segment);
}

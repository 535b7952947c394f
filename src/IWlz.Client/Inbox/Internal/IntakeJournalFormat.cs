using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace IWlz.Client.Inbox.Internal;

/// <summary>
/// The byte layout of an intake journal segment: a sequence of frames, one per group-committed write.
/// A frame is <c>magic (4) | payload length (4) | CRC-32 of the payload (4) | payload</c>, all little-endian; the
/// payload is a sequence of records, each a type byte followed by its fields (strings as a 4-byte length and UTF-8).
/// </summary>
/// <remarks>
/// Every frame is written in one call and, with <c>Synchronous = Full</c>, flushed to disk before the next one is
/// written, so after a crash only the last frame can be incomplete: a damaged last frame was never acknowledged and is
/// ignored; a damaged frame followed by a valid one is damage to acknowledged data and is reported, never skipped.
/// </remarks>
internal static class IntakeJournalFormat
{
    public const uint Magic = 0x4A4C5749; // "IWLJ"
    public const int HeaderSize = 12;

    /// <summary>The largest payload a reader accepts; a length above it is damage, not a real frame.</summary>
    public const int MaxPayload = 256 * 1024 * 1024;

    private const byte AcceptType = 1;
    private const byte CompletionType = 2;

    /// <summary>Appends one frame holding <paramref name="records"/> to <paramref name="output"/>.</summary>
    public static void WriteFrame(ArrayBufferWriter<byte> output, IEnumerable<IntakeJournalRecord> records)
    {
        var start = output.WrittenCount;
        var header = output.GetSpan(HeaderSize);
        header[..HeaderSize].Clear();
        output.Advance(HeaderSize);
        foreach (var record in records)
        {
            WriteRecord(output, record);
        }

        var payloadLength = output.WrittenCount - start - HeaderSize;

        // The header is filled in once the payload is known; the written memory is stable until the next GetSpan.
        var written = MemoryMarshalWritten(output);
        var payload = written.Slice(start + HeaderSize, payloadLength);
        var frameHeader = written.Slice(start, HeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(frameHeader, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(frameHeader[4..], payloadLength);
        BinaryPrimitives.WriteUInt32LittleEndian(frameHeader[8..], Crc32.Compute(payload));
    }

    /// <summary>
    /// Reads every record of a segment. A damaged or incomplete last frame ends the segment (it was never acknowledged);
    /// a damaged frame followed by a valid one throws <see cref="InvalidDataException"/> naming the file and offset.
    /// </summary>
    public static List<IntakeJournalRecord> ReadSegment(string path, ReadOnlySpan<byte> data)
    {
        var records = new List<IntakeJournalRecord>();
        var position = 0;
        while (position < data.Length)
        {
            if (!TryReadFrame(data[position..], out var payload, out var frameLength))
            {
                if (HasValidFrameAfter(data, position + 1))
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                        $"The intake journal '{path}' is damaged at byte {position}: a frame fails its checksum and valid frames follow it. The acknowledged messages in it cannot be read safely; keep the file, stop the host and restore or inspect it before starting again."));
                }

                break; // A torn last write: it was never acknowledged.
            }

            ReadRecords(path, position, payload, records);
            position += frameLength;
        }

        return records;
    }

    private static Span<byte> MemoryMarshalWritten(ArrayBufferWriter<byte> output) =>
        System.Runtime.InteropServices.MemoryMarshal.AsMemory(output.WrittenMemory).Span;

    private static bool TryReadFrame(ReadOnlySpan<byte> data, out ReadOnlySpan<byte> payload, out int frameLength)
    {
        payload = default;
        frameLength = 0;
        if (data.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data[4..]);
        if (length < 0 || length > MaxPayload || length > data.Length - HeaderSize)
        {
            return false;
        }

        payload = data.Slice(HeaderSize, length);
        if (Crc32.Compute(payload) != BinaryPrimitives.ReadUInt32LittleEndian(data[8..]))
        {
            return false;
        }

        frameLength = HeaderSize + length;
        return true;
    }

    private static bool HasValidFrameAfter(ReadOnlySpan<byte> data, int from)
    {
        for (var i = from; i <= data.Length - HeaderSize; i++)
        {
            if (data[i] == (byte)(Magic & 0xFF) && TryReadFrame(data[i..], out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteRecord(ArrayBufferWriter<byte> output, IntakeJournalRecord record)
    {
        switch (record)
        {
            case IntakeJournalAccept accept:
                WriteByte(output, AcceptType);
                WriteGuid(output, accept.Id);
                WriteInt32(output, accept.Kind);
                WriteInt64(output, accept.ReceivedAt);
                WriteInt32(output, accept.Attempts);
                WriteString(output, accept.Key);
                WriteString(output, accept.EventType);
                WriteString(output, accept.Json);
                break;
            case IntakeJournalCompletion completion:
                WriteByte(output, CompletionType);
                WriteGuid(output, completion.Id);
                WriteInt64(output, completion.FinishedAt);
                break;
            default:
                throw new ArgumentException($"Unknown journal record {record.GetType().Name}.", nameof(record));
        }
    }

    private static void ReadRecords(string path, int frameOffset, ReadOnlySpan<byte> payload, List<IntakeJournalRecord> records)
    {
        var reader = new SpanReader(payload);
        while (!reader.End)
        {
            var type = reader.Byte();
            switch (type)
            {
                case AcceptType:
                    records.Add(new IntakeJournalAccept(reader.Guid(), reader.Int32(), reader.Int64(), reader.Int32(), reader.String(), reader.String(), reader.String()));
                    break;
                case CompletionType:
                    records.Add(new IntakeJournalCompletion(reader.Guid(), reader.Int64()));
                    break;
                default:
                    // The frame's checksum matched, so this is not a torn write but a format this version does not know.
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                        $"The intake journal '{path}' has a record of unknown type {type} in the frame at byte {frameOffset}; it was written by another version of IWlz.Client."));
            }
        }
    }

    private static void WriteByte(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static void WriteGuid(ArrayBufferWriter<byte> output, Guid value)
    {
        value.TryWriteBytes(output.GetSpan(16));
        output.Advance(16);
    }

    private static void WriteInt32(ArrayBufferWriter<byte> output, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), value);
        output.Advance(4);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> output, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), value);
        output.Advance(8);
    }

    private static void WriteString(ArrayBufferWriter<byte> output, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(output, length);
        Encoding.UTF8.GetBytes(value, output.GetSpan(length));
        output.Advance(length);
    }

    /// <summary>Reads the fields of a payload whose checksum matched; a short payload is a format error.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool End => _position >= _data.Length;

        public byte Byte() => Take(1)[0];

        public Guid Guid() => new(Take(16));

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public string String()
        {
            var length = Int32();
            if (length < 0)
            {
                throw new InvalidDataException("An intake journal record has a negative string length.");
            }

            return Encoding.UTF8.GetString(Take(length));
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > _data.Length - _position)
            {
                throw new InvalidDataException("An intake journal record is shorter than its fields.");
            }

            var slice = _data.Slice(_position, count);
            _position += count;
            return slice;
        }
    }
}

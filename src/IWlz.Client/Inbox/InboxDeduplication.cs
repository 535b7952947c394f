using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IWlz.Client.Inbox;

/// <summary>Computes the de-duplication key of a message (sender, event type, timestamp, sorted subjects).</summary>
/// <remarks>
/// The key is the lower-case hex SHA-256 of the UTF-8 text <c>len:value|</c> for the kind (<c>N</c> or <c>M</c>),
/// the sender's ID type and ID, the event type, the timestamp's UTC ticks and each subject and record ID (sorted
/// ordinally by subject, then record ID); lengths count UTF-16 characters. Stored inboxes hold keys in this form, so it
/// must never change. The text is written straight into a pooled buffer, so the key string is the only allocation.
/// </remarks>
internal static class InboxDeduplication
{
    // The most UTF-8 bytes one field takes besides its value: a length of up to 10 digits, ':' and '|'.
    private const int FieldOverhead = 12;

    private static readonly Comparison<InboundSubject> BySubjectThenRecord = (a, b) =>
    {
        var order = string.CompareOrdinal(a.Subject, b.Subject);
        return order != 0 ? order : string.CompareOrdinal(a.RecordID, b.RecordID);
    };

    public static string ComputeKey(InboundMessage message)
    {
        var subjects = Sorted(message.SubjectList);
        Span<char> ticks = stackalloc char[20];
        message.Timestamp.UtcTicks.TryFormat(ticks, out var ticksLength, provider: CultureInfo.InvariantCulture);
        ticks = ticks[..ticksLength];

        var size = (4 * FieldOverhead) + 1 + ticksLength + MaxBytes(message.AfzenderIDType) + MaxBytes(message.AfzenderID) + MaxBytes(message.EventType);
        foreach (var subject in subjects)
        {
            size += (2 * FieldOverhead) + MaxBytes(subject.Subject) + MaxBytes(subject.RecordID);
        }

        size += FieldOverhead;
        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var written = 0;
            var buffer = rented.AsSpan();
            Append(buffer, ref written, message.Kind == InboundMessageKind.Notificatie ? "N" : "M");
            Append(buffer, ref written, message.AfzenderIDType);
            Append(buffer, ref written, message.AfzenderID);
            Append(buffer, ref written, message.EventType);

            // The same instant written with another offset is the same message.
            Append(buffer, ref written, ticks);
            foreach (var subject in subjects)
            {
                Append(buffer, ref written, subject.Subject);
                Append(buffer, ref written, subject.RecordID);
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..written], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The subjects in key order; the list itself when it has one entry (the usual case).</summary>
    private static IReadOnlyList<InboundSubject> Sorted(IReadOnlyList<InboundSubject> subjects)
    {
        if (subjects.Count < 2)
        {
            return subjects;
        }

        var sorted = subjects.ToArray();

        // Entries that compare equal are equal in both fields, so an unstable sort gives the same text as a stable one.
        Array.Sort(sorted, BySubjectThenRecord);
        return sorted;
    }

    private static int MaxBytes(string value) => Encoding.UTF8.GetMaxByteCount(value.Length);

    // Length-prefixed, so that no two different field sequences produce the same text. Each value is encoded on its own;
    // that equals encoding the whole text at once, because every value is followed by '|' and preceded by ':', so no
    // surrogate pair can span two pieces.
    private static void Append(Span<byte> buffer, ref int written, ReadOnlySpan<char> value)
    {
        value.Length.TryFormat(buffer[written..], out var digits, provider: CultureInfo.InvariantCulture);
        written += digits;
        buffer[written++] = (byte)':';
        written += Encoding.UTF8.GetBytes(value, buffer[written..]);
        buffer[written++] = (byte)'|';
    }
}

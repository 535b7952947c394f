using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IWlz.Client.Inbox;

/// <summary>Computes the de-duplication key of a message (sender, event type, timestamp, sorted subjects).</summary>
internal static class InboxDeduplication
{
    public static string ComputeKey(InboundMessage message)
    {
        var builder = new StringBuilder(256);
        Append(builder, message.Kind == InboundMessageKind.Notificatie ? "N" : "M");
        Append(builder, message.AfzenderIDType);
        Append(builder, message.AfzenderID);
        Append(builder, message.EventType);

        // The same instant written with another offset is the same message.
        Append(builder, message.Timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture));
        var subjects = message.SubjectList
            .OrderBy(s => s.Subject, StringComparer.Ordinal)
            .ThenBy(s => s.RecordID, StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            Append(builder, subject.Subject);
            Append(builder, subject.RecordID);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    // Length-prefixed, so that no two different field sequences produce the same text.
    private static void Append(StringBuilder builder, string value) =>
        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IWlz.Client.Inbox;

namespace IWlz.Client.Tests.Inbox;

/// <summary>
/// The de-duplication key's form is stored in every inbox, so it must never change: these tests write the documented
/// text out by hand and compare its SHA-256 with what the inbox computes.
/// </summary>
public sealed class InboxDeduplicationTests
{
    [Fact]
    public void The_key_is_the_sha256_of_the_length_prefixed_fields_with_sorted_subjects()
    {
        var timestamp = new DateTimeOffset(2025, 3, 1, 11, 0, 0, TimeSpan.FromHours(1));
        var message = TestMessages.Notificatie(
            timestamp: timestamp,
            subjects: [new InboundSubject("Bemiddeling/b", "Bemiddelingspecificatie/2"), new InboundSubject("Bemiddeling/a", "Bemiddelingspecificatie/9"), new InboundSubject("Bemiddeling/b", "Bemiddelingspecificatie/1")]);
        var ticks = timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var text = $"1:N|5:UZOVI|4:5000|44:NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER|{ticks.Length}:{ticks}|" +
            "13:Bemiddeling/a|25:Bemiddelingspecificatie/9|13:Bemiddeling/b|25:Bemiddelingspecificatie/1|13:Bemiddeling/b|25:Bemiddelingspecificatie/2|";

        Assert.Equal(Sha256Hex(text), message.DeduplicationKey);
    }

    [Fact]
    public void Non_ascii_and_surrogate_pairs_count_utf16_characters_and_are_hashed_as_utf8()
    {
        const string subject = "Melding/é😀ß";
        var message = TestMessages.Notificatie(eventType: "IWLZFOUTMELDING", subjects: [new InboundSubject(subject, "Ω")]);
        var ticks = message.Timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var text = $"1:N|5:UZOVI|4:5000|15:IWLZFOUTMELDING|{ticks.Length}:{ticks}|{subject.Length}:{subject}|1:Ω|";

        Assert.Equal(12, subject.Length);
        Assert.Equal(Sha256Hex(text), message.DeduplicationKey);
    }

    [Fact]
    public void The_same_message_in_another_subject_order_or_offset_has_the_same_key_and_a_changed_field_another()
    {
        var original = TestMessages.Notificatie(
            subjects: [new InboundSubject("Bemiddeling/1", "Bemiddelingspecificatie/1"), new InboundSubject("Bemiddeling/2", "Bemiddelingspecificatie/2")]);
        var repeat = TestMessages.RepeatOf(original, DateTimeOffset.UtcNow);
        var otherOffset = TestMessages.Notificatie(timestamp: original.Timestamp.ToOffset(TimeSpan.FromHours(2)), subjects: [.. original.SubjectList]);
        var otherEvent = TestMessages.Notificatie(eventType: "ANDERE_EVENT", subjects: [.. original.SubjectList]);

        Assert.Equal(original.DeduplicationKey, repeat.DeduplicationKey);
        Assert.Equal(original.DeduplicationKey, otherOffset.DeduplicationKey);
        Assert.NotEqual(original.DeduplicationKey, otherEvent.DeduplicationKey);
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

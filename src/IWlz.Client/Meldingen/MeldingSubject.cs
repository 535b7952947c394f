namespace IWlz.Client.Meldingen;

/// <summary>
/// One entry of a received melding, parsed: the code of the violated rule (such as <c>GGR0001</c>,
/// <c>RS038</c> or a VECOZO message-bridge code like <c>BRS13</c>), the free text after it, and the record concerned.
/// </summary>
public sealed class MeldingSubject
{
    private static readonly string[] MessageBridgeCodes = ["BRS04", "BRS05", "BRS06", "BRS13", "BRS18", "BRS22", "BRS33"];

    private MeldingSubject(string raw, string? code, string text, string recordID)
    {
        Raw = raw;
        Code = code;
        Text = text;
        RecordID = recordID;
    }

    /// <summary>The <c>subject</c> exactly as received.</summary>
    public string Raw { get; }

    /// <summary>The leading rule code (two to four capitals and two to four digits), or <see langword="null"/> when the subject does not start with one.</summary>
    public string? Code { get; }

    /// <summary>The text after the code (separators trimmed), or the whole subject when there is no code. May be empty.</summary>
    public string Text { get; }

    /// <summary>The record concerned, such as <c>Stoornis/{uuid}</c> or <c>bemiddeling/bemiddelingspecificatie/{uuid}</c>.</summary>
    public string RecordID { get; }

    /// <summary>
    /// Whether the code is one that VECOZO's message bridge (Silvester) uses to report an undeliverable
    /// XML message: BRS04, BRS05, BRS06, BRS13, BRS18, BRS22 or BRS33.
    /// </summary>
    public bool IsMessageBridgeCode => Code is not null && Array.IndexOf(MessageBridgeCodes, Code) >= 0;

    /// <summary>Splits a leading code <c>^[A-Z]{2,4}\d{2,4}</c> from the free text of a subject.</summary>
    /// <param name="subject">The received <c>subject</c>.</param>
    /// <param name="recordID">The received <c>recordID</c>.</param>
    /// <returns>The parsed subject; never fails.</returns>
    public static MeldingSubject Parse(string subject, string recordID)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(recordID);
        var letters = 0;
        while (letters < subject.Length && letters < 5 && char.IsAsciiLetterUpper(subject[letters]))
        {
            letters++;
        }

        var digits = 0;
        while (letters + digits < subject.Length && digits < 5 && char.IsAsciiDigit(subject[letters + digits]))
        {
            digits++;
        }

        var end = letters + digits;

        // A code ends where a letter or digit would make it something else (GGR00012 or RS038x is no code).
        var boundary = end == subject.Length || !char.IsAsciiLetterOrDigit(subject[end]);
        if (letters is < 2 or > 4 || digits is < 2 or > 4 || !boundary)
        {
            return new MeldingSubject(subject, null, subject.Trim(), recordID);
        }

        var text = subject[end..].TrimStart(' ', '\t', ':', '-', ',', ';').TrimEnd();
        return new MeldingSubject(subject, subject[..end], text, recordID);
    }

    /// <inheritdoc />
    public override string ToString() => Code ?? "(no code)";
}

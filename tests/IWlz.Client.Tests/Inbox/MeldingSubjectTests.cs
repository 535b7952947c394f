using IWlz.Client.Inbox;
using IWlz.Client.Meldingen;

namespace IWlz.Client.Tests.Inbox;

public sealed class MeldingSubjectTests
{
    [Theory]
    [InlineData("GGR0001", "GGR0001", "")]
    [InlineData("RS038", "RS038", "")]
    [InlineData("IRG0012: einddatum ligt voor begindatum", "IRG0012", "einddatum ligt voor begindatum")]
    [InlineData("BRS13 The 'Soort' element is invalid", "BRS13", "The 'Soort' element is invalid")]
    [InlineData("AB12 - tekst", "AB12", "tekst")]
    public void A_leading_code_is_split_from_the_text(string subject, string code, string text)
    {
        var parsed = MeldingSubject.Parse(subject, "Stoornis/2f1c3f0e-1d2a-4b6e-9a49-0c7bd1b2a0f1");
        Assert.Equal(code, parsed.Code);
        Assert.Equal(text, parsed.Text);
        Assert.Equal(subject, parsed.Raw);
        Assert.Equal("Stoornis/2f1c3f0e-1d2a-4b6e-9a49-0c7bd1b2a0f1", parsed.RecordID);
    }

    [Theory]
    [InlineData("GGR00012")]
    [InlineData("ABCDE12 text")]
    [InlineData("A12 text")]
    [InlineData("RS0x")]
    [InlineData("rs038 lower case")]
    [InlineData("RS038x")]
    [InlineData("")]
    [InlineData("Vrije tekst zonder code")]
    public void Text_without_a_leading_code_has_no_code(string subject)
    {
        var parsed = MeldingSubject.Parse(subject, "r");
        Assert.Null(parsed.Code);
        Assert.Equal(subject.Trim(), parsed.Text);
        Assert.False(parsed.IsMessageBridgeCode);
    }

    [Theory]
    [InlineData("BRS04", true)]
    [InlineData("BRS05", true)]
    [InlineData("BRS06", true)]
    [InlineData("BRS13", true)]
    [InlineData("BRS18", true)]
    [InlineData("BRS22", true)]
    [InlineData("BRS33", true)]
    [InlineData("BRS07", false)]
    [InlineData("GGR0001", false)]
    public void Message_bridge_codes_are_recognised(string code, bool expected) =>
        Assert.Equal(expected, MeldingSubject.Parse(code + " tekst", "r").IsMessageBridgeCode);

    [Fact]
    public void A_received_melding_parses_every_subject()
    {
        var message = TestMessages.Notificatie(subjects: [new("GGR0001", "Client/1"), new("BRS22 niet afleverbaar", "bemiddeling/bemiddelingspecificatie/2")]);
        var melding = new ReceivedMelding(new InboundMessage
        {
            Id = message.Id,
            Kind = InboundMessageKind.Melding,
            Timestamp = message.Timestamp,
            AfzenderIDType = "KVK",
            AfzenderID = "62253778",
            OntvangerIDType = "UZOVI",
            OntvangerID = "5000",
            EventType = "iWlzFoutmelding",
            SubjectList = message.SubjectList,
            ReceivedAt = message.ReceivedAt,
        });
        Assert.True(melding.IsFoutmelding);
        Assert.True(melding.IsFromMessageBridge);
        Assert.Equal(["GGR0001", "BRS22"], melding.Subjects.Select(s => s.Code));
        Assert.Equal(message.Id, melding.MeldingID);
    }

    [Fact]
    public void A_notification_is_not_a_melding() =>
        Assert.Throws<ArgumentException>(() => new ReceivedMelding(TestMessages.Notificatie()));
}

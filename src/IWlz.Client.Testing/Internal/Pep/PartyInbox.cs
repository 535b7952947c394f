using System.Collections;
using IWlz.Client.Testing.Internal.Registers;
using IWlz.Client.Testing.Notifications;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Pep;

/// <summary>The simulator's own netwerkpunt for a party: it keeps what it receives for the test to inspect.</summary>
internal sealed class PartyInbox : ILocalInbox
{
    private readonly SimulatedParty party;
    private readonly string claims;

    public PartyInbox(SimulatedParty party, string claims)
    {
        this.party = party;
        this.claims = claims;
    }

    public Guid Accept(string operation, IDictionary<string, object?> input)
    {
        var id = Guid.NewGuid();
        var subjects = ((IEnumerable?)input["subjectList"] ?? Array.Empty<object>())
            .Cast<IDictionary<string, object?>>()
            .Select(s => new ReceivedSubject((string)s["subject"]!, (string)s["recordID"]!))
            .ToArray();
        party.Receive(new ReceivedMessage
        {
            Operation = operation,
            MessageId = id,
            Timestamp = (DateTimeOffset)input["timestamp"]!,
            AfzenderIDType = input["afzenderIDType"]!.ToString()!,
            AfzenderID = (string)input["afzenderID"]!,
            OntvangerIDType = input["ontvangerIDType"]!.ToString()!,
            OntvangerID = (string)input["ontvangerID"]!,
            OntvangerKenmerk = input.TryGetValue("ontvangerKenmerk", out var kenmerk) ? kenmerk as string : null,
            EventType = (string)input["eventType"]!,
            SubjectList = subjects,
            Claims = claims,
        });
        return id;
    }
}

using IWlz.Client.Inbox;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>Turns a validated <c>NotificatieInput</c>/<c>MeldingInput</c> into the message to store, with a new UUIDv4.</summary>
internal static class InboundMessageFactory
{
    public static InboundMessage Create(ValidatedMutation mutation, CallerContext caller, DateTimeOffset now)
    {
        var input = mutation.Input;
        var kind = mutation.RootField == "zendMelding" ? InboundMessageKind.Melding : InboundMessageKind.Notificatie;
        var inputName = kind == InboundMessageKind.Melding ? "meldingInput" : "notificatieInput";
        if (!Rfc3339.TryParse(Text(input, "timestamp", inputName), out var timestamp))
        {
            throw NetwerkpuntRequestException.BadInput($"'{inputName}.timestamp' must be a DateTime (RFC 3339 with an offset).");
        }

        List<InboundSubject> subjects;
        if (input.TryGetValue("subjectList", out var list) && list is List<object?> items)
        {
            subjects = new List<InboundSubject>(items.Count);
            var index = 0;
            foreach (var item in items)
            {
                if (item is not Dictionary<string, object?> subject)
                {
                    throw NetwerkpuntRequestException.BadInput($"'{inputName}.subjectList[{index}]' must be a SubjectEntityInput.");
                }

                subjects.Add(new InboundSubject(SubjectText(subject, "subject", inputName, index), SubjectText(subject, "recordID", inputName, index)));
                index++;
            }
        }
        else
        {
            subjects = [];
        }

        if (subjects.Count == 0)
        {
            throw NetwerkpuntRequestException.BadInput($"'{inputName}.subjectList' must contain at least one subject.");
        }

        return new InboundMessage
        {
            // Version 4 (random) UUID, as RS038 requires of UUIDs on the network.
            Id = Guid.NewGuid(),
            Kind = kind,
            Timestamp = timestamp,
            AfzenderIDType = Text(input, "afzenderIDType", inputName),
            AfzenderID = Text(input, "afzenderID", inputName),
            OntvangerIDType = Text(input, "ontvangerIDType", inputName),
            OntvangerID = Text(input, "ontvangerID", inputName),
            OntvangerKenmerk = input.TryGetValue("ontvangerKenmerk", out var kenmerk) ? kenmerk as string : null,
            EventType = Text(input, "eventType", inputName),
            SubjectList = subjects,
            ReceivedAt = now,
            Caller = caller,
        };
    }

    // The path of a subject is only written out when the field is missing, not for every subject of every request.
    private static string SubjectText(Dictionary<string, object?> subject, string field, string inputName, int index) =>
        subject.TryGetValue(field, out var value) && value is string text ? text : Text(subject, field, $"{inputName}.subjectList[{index}]");

    private static string Text(IReadOnlyDictionary<string, object?> input, string field, string path) =>
        input.TryGetValue(field, out var value) && value is string text
            ? text
            : throw NetwerkpuntRequestException.BadInput($"'{path}.{field}' is required and must be a string.");
}

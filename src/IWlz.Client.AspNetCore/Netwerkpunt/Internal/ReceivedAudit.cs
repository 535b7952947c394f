using IWlz.Client.Audit;
using IWlz.Client.Inbox;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Builds the NEN 7513 record of one request to the netwerkpunt (Actiecode R): the Gebeurteniscode for a
/// received notification or melding, the UTC start of the request, Resultaat (1 stored, 2 refused with 403,
/// 3 any other failure), the sender as Gebruiker (<c>&lt;IDType&gt;:&lt;ID&gt;</c> from the message, else the
/// client certificate's subject), and as Objects the ID this receiver gave the message plus every
/// subject's <c>recordID</c>. Zoekvraag is the mutation name only. The host completes the record through
/// <see cref="AuditContext"/> or an <see cref="IIWlzAuditEnricher"/>.
/// </summary>
internal static class ReceivedAudit
{
    private const string EndpointIdentifierType = "iwlz.netwerkpunt";

    internal static AuditRecord Create(InboundMessage? message, string? rootField, CallerContext? caller, DateTimeOffset startedAt, AuditResult result, string path)
    {
        var isMelding = message?.Kind == InboundMessageKind.Melding || string.Equals(rootField, "zendMelding", StringComparison.Ordinal);
        var record = new AuditRecord
        {
            Event = new AuditEvent
            {
                Code = isMelding ? IWlzAuditEventCodes.MeldingReceived : IWlzAuditEventCodes.NotificatieReceived,
                Action = AuditAction.Read,
                StartedAt = startedAt.ToUniversalTime(),
                Result = result,
            },
            LogData = new AuditLogData { Location = path },
        };
        record.Users.Add(new AuditUser
        {
            UserId = message is not null ? $"{message.AfzenderIDType}:{message.AfzenderID}" : caller?.ClientCertificateSubject ?? "unknown",
        });

        if (message is not null)
        {
            record.Objects.Add(new AuditObject { IdentifierType = isMelding ? "meldingID" : "notificatieID", Identifier = message.Id.ToString("D"), Class = AuditObjectClass.SystemObject });
            foreach (var subject in message.SubjectList)
            {
                record.Objects.Add(new AuditObject { IdentifierType = "recordID", Identifier = subject.RecordID });
            }
        }
        else
        {
            record.Objects.Add(new AuditObject { IdentifierType = EndpointIdentifierType, Identifier = path, Class = AuditObjectClass.SystemObject });
        }

        foreach (var obj in record.Objects)
        {
            obj.Query ??= rootField;
        }

        return record;
    }
}

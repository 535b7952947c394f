using IWlz.Client.AddressBook;
using IWlz.Client.Configuration;
using IWlz.Client.GraphQL;
using IWlz.Client.Netwerkpunt;
using IWlz.Client.Notifications;

namespace IWlz.Client.Sending.Internal;

/// <summary>The shared path of both senders: route, scope, one attempt through the generated operation, outcome.</summary>
internal sealed class NetwerkpuntSender(INetwerkpuntClient client, IServiceDirectory directory, IWlzPartyIdentity identity)
{
    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var melding = message is OutgoingMelding;
        var recipientRole = SendRouting.RecipientRole(message.Ontvanger.IdType, melding);
        if (recipientRole == IWlzPartyRole.Unspecified)
        {
            return SendResult.Failed(SendFailureReason.Rejected,
                $"A {(melding ? "melding" : "notification")} cannot go to a party identified by {IDTypes.ToWireValueOrNumber(message.Ontvanger.IdType)}.");
        }

        var systemRole = SendRouting.SystemRole(message);
        var endpoint = SendRouting.FindEndpoint(directory, message, systemRole);
        if (endpoint is null)
        {
            return SendResult.Failed(SendFailureReason.NoEndpoint,
                $"The address book has no {systemRole} service of {message.Ontvanger} in the {directory.Environment} environment.");
        }

        var options = new GraphQLRequestOptions
        {
            ResourceUri = endpoint.ResourceUri,
            Scopes = [melding ? IWlzScopes.MeldingCreate(recipientRole) : IWlzScopes.NotificatieCreate(recipientRole)],
        };

        var sender = identity.GetIdentity();
        string? traceId;
        string? spanId;
        try
        {
            Guid id;
            if (melding)
            {
                var response = await client.ZendMeldingAsync(
                    new ZendMeldingVariables
                    {
                        Timestamp = message.Timestamp,
                        AfzenderIDType = Wire(sender.IdType),
                        AfzenderID = sender.Code,
                        OntvangerIDType = Wire(message.Ontvanger.IdType),
                        OntvangerID = message.Ontvanger.Id,
                        OntvangerKenmerk = message.OntvangerKenmerk,
                        EventType = message.EventType,
                        SubjectList = Subjects(message),
                    },
                    options,
                    cancellationToken).ConfigureAwait(false);
                id = response.IsSuccess ? response.Data!.ZendMelding?.MeldingID ?? Guid.Empty : Guid.Empty;
                (traceId, spanId) = (response.TraceId, response.SpanId);
                if (!response.IsSuccess)
                {
                    return Refused(response.Errors.Count).WithTrace(traceId, spanId);
                }
            }
            else
            {
                var response = await client.ZendNotificatieAsync(
                    new ZendNotificatieVariables
                    {
                        Timestamp = message.Timestamp,
                        AfzenderIDType = Wire(sender.IdType),
                        AfzenderID = sender.Code,
                        OntvangerIDType = Wire(message.Ontvanger.IdType),
                        OntvangerID = message.Ontvanger.Id,
                        OntvangerKenmerk = message.OntvangerKenmerk,
                        EventType = message.EventType,
                        SubjectList = Subjects(message),
                    },
                    options,
                    cancellationToken).ConfigureAwait(false);
                id = response.IsSuccess ? response.Data!.ZendNotificatie?.NotificatieID ?? Guid.Empty : Guid.Empty;
                (traceId, spanId) = (response.TraceId, response.SpanId);
                if (!response.IsSuccess)
                {
                    return Refused(response.Errors.Count).WithTrace(traceId, spanId);
                }
            }

            // Delivered only with a real ID: an answer without one is no acknowledgement.
            return (id == Guid.Empty
                ? SendResult.Failed(SendFailureReason.Rejected, "The receiver answered without an ID.")
                : SendResult.Delivered(id)).WithTrace(traceId, spanId);
        }
        catch (IWlzException ex)
        {
            return SendOutcome.FromException(ex).WithTrace(ex.TraceId, ex.SpanId);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failed(SendFailureReason.Transport, "The attempt timed out.");
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.FromTransport(ex);
        }
    }

    private static SendResult Refused(int errors) =>
        SendResult.Failed(SendFailureReason.Rejected, $"The receiver answered with {errors} GraphQL error(s) and no ID.");

    private static IReadOnlyList<SubjectEntityInput> Subjects(OutgoingMessage message) =>
        [.. message.SubjectList.Select(s => new SubjectEntityInput { Subject = s.Subject, RecordID = s.RecordId })];

    private static IDTypeEnum Wire(IDType idType) => idType switch
    {
        IDType.AGB => IDTypeEnum.AGB,
        IDType.BSN => IDTypeEnum.BSN,
        IDType.KVK => IDTypeEnum.KVK,
        IDType.OIN => IDTypeEnum.OIN,
        IDType.UZOVI => IDTypeEnum.UZOVI,
        _ => throw new ArgumentOutOfRangeException(nameof(idType), idType, "Not an ID type of the netwerkpunt schema."),
    };
}

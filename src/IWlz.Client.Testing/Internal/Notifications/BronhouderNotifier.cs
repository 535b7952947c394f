using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Internal.Registers;
using IWlz.Client.Testing.Internal.Tokens;
using IWlz.Client.Testing.Notifications;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Notifications;

/// <summary>
/// Sends the notifications of a change as the bronhouder would: with the bronhouder's own
/// certificate it fetches a token from the simulated nID and posts <c>zendNotificatie</c> to the
/// simulated PEP, which routes it to the recipient's netwerkpunt from the address book.
/// </summary>
internal sealed class BronhouderNotifier : IDisposable
{
    private const string Mutation =
        "mutation zendNotificatie($afzenderID: String!, $afzenderIDType: IDTypeEnum!, $eventType: String!, $ontvangerID: String!, $ontvangerIDType: IDTypeEnum!, $timestamp: DateTime!, $subjectList: [SubjectEntityInput!]!) " +
        "{ zendNotificatie(notificatieInput: { afzenderID: $afzenderID, afzenderIDType: $afzenderIDType, eventType: $eventType, ontvangerID: $ontvangerID, ontvangerIDType: $ontvangerIDType, timestamp: $timestamp, subjectList: $subjectList }) { notificatieID } }";

    private readonly SimulatorContext context;
    private readonly ConcurrentDictionary<SimulatedParty, HttpClient> clients = new();

    public BronhouderNotifier(SimulatorContext context) => this.context = context;

    public async Task<IReadOnlyList<NotificationDelivery>> SendAsync(IReadOnlyList<PlannedNotification> planned, CancellationToken cancellationToken)
    {
        var deliveries = new List<NotificationDelivery>(planned.Count);
        foreach (var notification in planned)
        {
            deliveries.Add(await SendOneAsync(notification, cancellationToken).ConfigureAwait(false));
        }

        return deliveries;
    }

    private async Task<NotificationDelivery> SendOneAsync(PlannedNotification n, CancellationToken cancellationToken)
    {
        var subjects = new[] { new ReceivedSubject(n.Subject, n.RecordID) };
        var delivery = new NotificationDelivery
        {
            EventType = n.EventType,
            Afzender = $"{n.AfzenderIDType}:{n.AfzenderID}",
            Ontvanger = $"{n.OntvangerIDType}:{n.OntvangerID}",
            SubjectList = subjects,
        };
        var sender = context.Parties.FindByIdType(n.AfzenderIDType, n.AfzenderID);
        var recipient = context.Parties.FindByIdType(n.OntvangerIDType, n.OntvangerID);
        if (sender is null || recipient is null)
        {
            return delivery with { Error = $"{(sender is null ? delivery.Afzender : delivery.Ontvanger)} is not a party of the simulated network, so it has no address book entry." };
        }

        var client = clients.GetOrAdd(sender, p => new HttpClient(p.CreateHttpMessageHandler()) { Timeout = TimeSpan.FromSeconds(100) });
        try
        {
            var audience = recipient.EffectiveNetwerkpuntUri.AbsoluteUri;
            var scope = Scopes.Notificatie(Scopes.OrganisationTypeOfIdType(n.OntvangerIDType)!);
            using var tokenResponse = await client.PostAsJsonAsync(
                context.TokenEndpoint,
                new JsonObject { ["grant_type"] = "client_credentials", ["scope"] = scope, ["audience"] = audience },
                cancellationToken).ConfigureAwait(false);
            if (!tokenResponse.IsSuccessStatusCode)
            {
                return delivery with { StatusCode = (int)tokenResponse.StatusCode, Error = $"nID refused the token request: {await tokenResponse.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}" };
            }

            var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false))?["access_token"]?.GetValue<string>();
            var body = new JsonObject
            {
                ["query"] = Mutation,
                ["operationName"] = "zendNotificatie",
                ["variables"] = new JsonObject
                {
                    ["afzenderID"] = n.AfzenderID,
                    ["afzenderIDType"] = n.AfzenderIDType,
                    ["eventType"] = n.EventType,
                    ["ontvangerID"] = n.OntvangerID,
                    ["ontvangerIDType"] = n.OntvangerIDType,
                    ["timestamp"] = DateTimeScalar.Format(context.Time.GetUtcNow()),
                    ["subjectList"] = new JsonArray(new JsonObject { ["subject"] = n.Subject, ["recordID"] = n.RecordID }),
                },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, context.PepEndpoint) { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            request.Headers.TryAddWithoutValidation("X-B3-TraceId", Guid.NewGuid().ToString("N"));
            request.Headers.TryAddWithoutValidation("X-B3-SpanId", Guid.NewGuid().ToString("N")[..16]);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            Guid? id = null;
            string? error = null;
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("zendNotificatie", out var result) && result.ValueKind == JsonValueKind.Object
                    && result.TryGetProperty("notificatieID", out var idElement) && Guid.TryParse(idElement.GetString(), out var parsed))
                {
                    id = parsed;
                }

                if (json.RootElement.TryGetProperty("errors", out var errors))
                {
                    error = errors.GetRawText();
                }
            }
            catch (JsonException)
            {
                error = text;
            }

            return delivery with
            {
                StatusCode = status,
                NotificatieId = id,
                Error = error ?? (id is null ? $"HTTP {status.ToString(CultureInfo.InvariantCulture)} without a notificatieID" : null),
            };
        }
        catch (HttpRequestException e)
        {
            return delivery with { Error = $"The call failed: {e.Message}" };
        }
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}

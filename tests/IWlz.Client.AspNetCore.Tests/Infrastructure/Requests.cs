using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IWlz.Client.AspNetCore.Tests.Infrastructure;

/// <summary>GraphQL request bodies for the netwerkpunt, built the way senders build them.</summary>
internal static class Requests
{
    public const string NotificatieDocument =
        "mutation zendNotificatie($notificatieInput: NotificatieInput!) { zendNotificatie(notificatieInput: $notificatieInput) { notificatieID } }";

    public const string MeldingDocument =
        "mutation zendMelding($meldingInput: MeldingInput!) { zendMelding(meldingInput: $meldingInput) { meldingID } }";

    public static JsonObject NotificatieInput(
        string eventType = "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER",
        string timestamp = "2025-03-01T10:00:00.000Z",
        string afzenderIDType = "UZOVI",
        string? recordId = null) => new()
        {
            ["timestamp"] = timestamp,
            ["afzenderIDType"] = afzenderIDType,
            ["afzenderID"] = "5000",
            ["ontvangerIDType"] = "AGB",
            ["ontvangerID"] = "01234567",
            ["eventType"] = eventType,
            ["subjectList"] = new JsonArray(new JsonObject
            {
                ["subject"] = "Bemiddeling/2f1c3f0e-1d2a-4b6e-9a49-0c7bd1b2a0f1",
                ["recordID"] = recordId ?? $"Bemiddelingspecificatie/{Guid.NewGuid()}",
            }),
        };

    public static string Body(string query, JsonObject? variables = null, string? operationName = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        if (variables is not null)
        {
            body["variables"] = variables;
        }

        return body.ToJsonString();
    }

    public static string Notificatie(JsonObject? input = null) =>
        Body(NotificatieDocument, new JsonObject { ["notificatieInput"] = input ?? NotificatieInput() });

    public static StringContent Json(string body, string mediaType = "application/json") =>
        new(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    public static async Task<(int Status, JsonDocument? Body, HttpResponseMessage Response)> PostAsync(HttpClient client, string body, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, (Uri?)null) { Content = Json(body) };
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonDocument? json = null;
        try
        {
            json = text.Length == 0 ? null : JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
        }

        return ((int)response.StatusCode, json, response);
    }
}

using System.Buffers;
using System.Globalization;
using System.Text.Json;
using IWlz.Client.Inbox;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>Writes GraphQL responses: the selected fields of the stored message, or one error.</summary>
internal static class ResponseWriter
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";

    /// <summary>
    /// <c>application/graphql-response+json</c> unless the caller accepts only <c>application/json</c> (RFC0040:
    /// the server answers graphql-response+json by default and application/json when asked for it).
    /// </summary>
    public static string ChooseMediaType(HttpRequest request)
    {
        IList<MediaTypeHeaderValue> accept;
        try
        {
            accept = request.GetTypedHeaders().Accept;
        }
        catch (FormatException)
        {
            return GraphQLResponseMediaType;
        }

        double graphql = -1, json = -1;
        foreach (var value in accept)
        {
            var q = value.Quality ?? 1;
            var type = value.MediaType.Value;
            if (string.Equals(type, GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase) || type is "*/*" || string.Equals(type, "application/*", StringComparison.OrdinalIgnoreCase))
            {
                graphql = Math.Max(graphql, q);
            }

            if (string.Equals(type, JsonMediaType, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, q);
            }
        }

        return json > graphql ? JsonMediaType : GraphQLResponseMediaType;
    }

    public static async Task WriteDataAsync(HttpContext context, string mediaType, ValidatedMutation mutation, InboundMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            foreach (var field in mutation.RootPlan.Fields)
            {
                if (field.FieldName == "__typename")
                {
                    writer.WriteString(field.ResponseKey, "Mutation");
                }
                else
                {
                    writer.WritePropertyName(field.ResponseKey);
                    WriteMessage(writer, field.Selection!, message);
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        await WriteAsync(context, StatusCodes.Status200OK, mediaType, buffer.WrittenMemory).ConfigureAwait(false);
    }

    public static async Task WriteErrorAsync(HttpContext context, string mediaType, NetwerkpuntRequestException error)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Location is { } location)
            {
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteStartObject("extensions");
            writer.WriteString("code", error.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await WriteAsync(context, error.StatusCode, mediaType, buffer.WrittenMemory).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, int status, string mediaType, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteMessage(Utf8JsonWriter writer, SelectionPlan plan, InboundMessage message)
    {
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            var key = field.ResponseKey;
            switch (field.FieldName)
            {
                case "__typename":
                    writer.WriteString(key, message.Kind == InboundMessageKind.Notificatie ? "Notificatie" : "Melding");
                    break;
                case "notificatieID" or "meldingID":
                    writer.WriteString(key, message.Id.ToString("D"));
                    break;
                case "timestamp":
                    writer.WriteString(key, message.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
                    break;
                case "afzenderIDType":
                    writer.WriteString(key, message.AfzenderIDType);
                    break;
                case "afzenderID":
                    writer.WriteString(key, message.AfzenderID);
                    break;
                case "ontvangerIDType":
                    writer.WriteString(key, message.OntvangerIDType);
                    break;
                case "ontvangerID":
                    writer.WriteString(key, message.OntvangerID);
                    break;
                case "ontvangerKenmerk":
                    writer.WriteString(key, message.OntvangerKenmerk);
                    break;
                case "eventType":
                    writer.WriteString(key, message.EventType);
                    break;
                case "subjectList":
                    writer.WriteStartArray(key);
                    foreach (var subject in message.SubjectList)
                    {
                        WriteSubject(writer, field.Selection!, subject);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"The netwerkpunt cannot answer field '{field.FieldName}'; the schema and the response writer disagree.");
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteSubject(Utf8JsonWriter writer, SelectionPlan plan, InboundSubject subject)
    {
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            switch (field.FieldName)
            {
                case "__typename":
                    writer.WriteString(field.ResponseKey, "SubjectEntity");
                    break;
                case "subject":
                    writer.WriteString(field.ResponseKey, subject.Subject);
                    break;
                case "recordID":
                    writer.WriteString(field.ResponseKey, subject.RecordID);
                    break;
                default:
                    throw new InvalidOperationException($"The netwerkpunt cannot answer field '{field.FieldName}'; the schema and the response writer disagree.");
            }
        }

        writer.WriteEndObject();
    }
}

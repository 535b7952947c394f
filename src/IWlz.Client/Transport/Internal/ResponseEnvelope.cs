using System.Text.Json;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The parts of a JSON answer the SDK uses: <c>data</c> (read straight into the operation's type), <c>errors</c>,
/// and the legacy <c>{"ErrorCode","Error"}</c> pair. Read with <see cref="Utf8JsonReader"/>: no document of the whole body.
/// </summary>
internal sealed class ResponseEnvelope<TData>
{
    internal bool HasData { get; private set; }

    internal TData? Data { get; private set; }

    internal List<GraphQLError>? Errors { get; private set; }

    internal string? LegacyCode { get; private set; }

    internal string? LegacyMessage { get; private set; }

    /// <summary>Parses the body. Throws <see cref="JsonException"/> when it is not a JSON object of the expected shape.</summary>
    internal static ResponseEnvelope<TData> Parse(ReadOnlySpan<byte> body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TData> dataTypeInfo)
    {
        var envelope = new ResponseEnvelope<TData>();
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The body is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    envelope.Data = JsonSerializer.Deserialize(ref reader, dataTypeInfo);
                    envelope.HasData = envelope.Data is not null;
                }
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                reader.Read();
                envelope.Errors = ReadErrors(ref reader);
            }
            else if (reader.ValueTextEquals("ErrorCode"u8) || reader.ValueTextEquals("errorCode"u8) || reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                envelope.LegacyCode = reader.TokenType == JsonTokenType.String ? reader.GetString() : SkipValue(ref reader);
            }
            else if (reader.ValueTextEquals("Error"u8) || reader.ValueTextEquals("error_description"u8) || reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                envelope.LegacyMessage = reader.TokenType == JsonTokenType.String ? reader.GetString() : SkipValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return envelope;
    }

    private static string? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static List<GraphQLError> ReadErrors(ref Utf8JsonReader reader)
    {
        var errors = new List<GraphQLError>();
        if (reader.TokenType == JsonTokenType.String)
        {
            errors.Add(new GraphQLError(reader.GetString() ?? string.Empty));
            return errors;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return errors;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            errors.Add(ReadError(ref reader));
        }

        return errors;
    }

    private static GraphQLError ReadError(ref Utf8JsonReader reader)
    {
        string message = string.Empty;
        List<GraphQLErrorLocation>? locations = null;
        List<JsonElement>? path = null;
        JsonElement? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                message = reader.TokenType == JsonTokenType.String ? reader.GetString() ?? string.Empty : SkipValue(ref reader) ?? string.Empty;
            }
            else if (reader.ValueTextEquals("locations"u8))
            {
                reader.Read();
                locations = ReadLocations(ref reader);
            }
            else if (reader.ValueTextEquals("path"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    path = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        path.Add(JsonElement.ParseValue(ref reader));
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                extensions = JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new GraphQLError(message)
        {
            Locations = (IReadOnlyList<GraphQLErrorLocation>?)locations ?? [],
            Path = (IReadOnlyList<JsonElement>?)path ?? [],
            Extensions = extensions,
        };
    }

    private static List<GraphQLErrorLocation>? ReadLocations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var locations = new List<GraphQLErrorLocation>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            int line = 0, column = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isLine = reader.ValueTextEquals("line"u8);
                var isColumn = reader.ValueTextEquals("column"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
                {
                    if (isLine)
                    {
                        line = value;
                    }
                    else if (isColumn)
                    {
                        column = value;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            locations.Add(new GraphQLErrorLocation(line, column));
        }

        return locations;
    }
}

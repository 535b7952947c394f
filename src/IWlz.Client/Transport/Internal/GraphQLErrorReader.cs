using System.Text.Json;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Reads a GraphQL <c>errors</c> value (an array of error objects, or the lenient single string some servers
/// send) into <see cref="GraphQLError"/>s. Unknown members and malformed entries are skipped, never thrown on.
/// </summary>
internal static class GraphQLErrorReader
{
    internal static List<GraphQLError> ReadErrors(ref Utf8JsonReader reader)
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

    private static string? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}

using System.Text.Json;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Reads a GraphQL <c>errors</c> value (an array of error objects, or the lenient single string some servers
/// send) into <see cref="GraphQLError"/>s. Unknown members and malformed entries are skipped, never thrown on.
/// </summary>
internal static class GraphQLErrorReader
{
    /// <summary>
    /// Reads the value the reader is on. An array is parsed into one document that every error's
    /// <see cref="GraphQLError.Path"/> elements and <see cref="GraphQLError.Extensions"/> share, instead of a
    /// document per path segment and per <c>extensions</c> member.
    /// </summary>
    internal static List<GraphQLError> ReadErrors(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [new GraphQLError(reader.GetString() ?? string.Empty)];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }

        var array = JsonElement.ParseValue(ref reader);
        var errors = new List<GraphQLError>(array.GetArrayLength());
        foreach (var entry in array.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object)
            {
                errors.Add(ReadError(entry));
            }
        }

        return errors;
    }

    private static GraphQLError ReadError(JsonElement error)
    {
        string message = string.Empty;
        List<GraphQLErrorLocation>? locations = null;
        List<JsonElement>? path = null;
        JsonElement? extensions = null;

        // Member by member, so that a repeated member counts as its last occurrence, as a streaming read would.
        foreach (var member in error.EnumerateObject())
        {
            var value = member.Value;
            if (member.NameEquals("message"u8))
            {
                message = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
            }
            else if (member.NameEquals("locations"u8))
            {
                locations = ReadLocations(value);
            }
            else if (member.NameEquals("path"u8))
            {
                path = ReadPath(value);
            }
            else if (member.NameEquals("extensions"u8))
            {
                extensions = value;
            }
        }

        return new GraphQLError(message)
        {
            Locations = (IReadOnlyList<GraphQLErrorLocation>?)locations ?? [],
            Path = (IReadOnlyList<JsonElement>?)path ?? [],
            Extensions = extensions,
        };
    }

    private static List<JsonElement>? ReadPath(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var path = new List<JsonElement>(value.GetArrayLength());
        foreach (var segment in value.EnumerateArray())
        {
            path.Add(segment);
        }

        return path;
    }

    private static List<GraphQLErrorLocation>? ReadLocations(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var locations = new List<GraphQLErrorLocation>(value.GetArrayLength());
        foreach (var entry in value.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            int line = 0, column = 0;
            foreach (var member in entry.EnumerateObject())
            {
                if (member.Value.ValueKind == JsonValueKind.Number && member.Value.TryGetInt32(out var number))
                {
                    if (member.NameEquals("line"u8))
                    {
                        line = number;
                    }
                    else if (member.NameEquals("column"u8))
                    {
                        column = number;
                    }
                }
            }

            locations.Add(new GraphQLErrorLocation(line, column));
        }

        return locations;
    }
}

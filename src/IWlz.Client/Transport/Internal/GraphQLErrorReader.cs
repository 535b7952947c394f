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
        IReadOnlyList<GraphQLErrorLocation>? locations = null;
        JsonElement[]? path = null;
        JsonElement? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                message = LenientString(ref reader) ?? string.Empty;
            }
            else if (reader.ValueTextEquals("locations"u8))
            {
                reader.Read();
                locations = ReadLocations(ref reader);
            }
            else if (reader.ValueTextEquals("path"u8))
            {
                reader.Read();
                path = ReadPath(ref reader);
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
            Locations = locations ?? [],
            Path = (IReadOnlyList<JsonElement>?)path ?? [],
            Extensions = extensions,
        };
    }

    /// <summary>
    /// The path's segments. The array is parsed once and its elements share that one document: a document per
    /// segment cost an object, a copy of the segment and a metadata array each.
    /// </summary>
    private static JsonElement[]? ReadPath(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var array = JsonElement.ParseValue(ref reader);
        var path = new JsonElement[array.GetArrayLength()];
        var i = 0;
        foreach (var segment in array.EnumerateArray())
        {
            path[i++] = segment;
        }

        return path;
    }

    /// <summary>The locations; a list only when there is more than one (most errors have exactly one).</summary>
    private static IReadOnlyList<GraphQLErrorLocation>? ReadLocations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        GraphQLErrorLocation? first = null;
        List<GraphQLErrorLocation>? locations = null;
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

            var location = new GraphQLErrorLocation(line, column);
            if (first is null)
            {
                first = location;
            }
            else
            {
                locations ??= [first.Value];
                locations.Add(location);
            }
        }

        if (locations is not null)
        {
            return locations;
        }

        return first is { } only ? new[] { only } : Array.Empty<GraphQLErrorLocation>();
    }

    /// <summary>
    /// A value that should be a string: a string as it is; any other value (a number, an object, null) is skipped
    /// and read as absent. Used for an error's message and for the envelope's legacy members.
    /// </summary>
    internal static string? LenientString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }
}

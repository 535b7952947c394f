using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Reads an answer's <c>data</c> value from a reader that holds the whole body, in one pass.
/// </summary>
/// <remarks>
/// <see cref="JsonSerializer.Deserialize{TValue}(ref Utf8JsonReader, JsonTypeInfo{TValue})"/> first skips over the
/// whole value to find where it ends and then reads it again with a second reader over that slice: every token of
/// a large answer was tokenized twice. The body here is complete and final, so that first pass protects against
/// nothing. A type whose metadata is a plain converter (<see cref="JsonTypeInfoKind.None"/>: the generated types,
/// and any value converter) is therefore read by calling the converter directly, with the checks the serializer
/// would make afterwards; any other metadata (a vendor's source-generated object metadata) still goes through the
/// serializer, whose object converters are not meant to be called from outside it.
/// </remarks>
internal static class DataValueReader
{
    /// <summary>Reads the value the reader is on; the reader is left on the value's last token.</summary>
    /// <exception cref="JsonException">The value does not fit <typeparamref name="TData"/>.</exception>
    internal static TData? Read<TData>(ref Utf8JsonReader reader, JsonTypeInfo<TData> typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.None || typeInfo.Converter is not JsonConverter<TData> converter)
        {
            return JsonSerializer.Deserialize(ref reader, typeInfo);
        }

        if (reader.TokenType == JsonTokenType.Null && !converter.HandleNull)
        {
            return default;
        }

        var startToken = reader.TokenType;
        var startDepth = reader.CurrentDepth;
        var startIndex = reader.TokenStartIndex;
        TData? value;
        try
        {
            value = converter.Read(ref reader, typeof(TData), typeInfo.Options);
        }
        catch (JsonException ex) when (ex.Path is null)
        {
            throw Located(ex.Message, ref reader, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            // What the reader throws when a token has the wrong type or does not fit the number or GUID asked for;
            // the serializer turns the same into a JsonException, so callers see one kind of error either way.
            throw Located("A value in data does not fit the result type: " + ex.Message, ref reader, ex);
        }

        var readExactlyOneValue = startToken switch
        {
            JsonTokenType.StartObject => reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == startDepth,
            JsonTokenType.StartArray => reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == startDepth,
            _ => reader.TokenStartIndex == startIndex,
        };
        if (!readExactlyOneValue)
        {
            throw Located($"The converter of {typeof(TData).Name} read too much or too little of data.", ref reader, inner: null);
        }

        return value;
    }

    private static JsonException Located(string message, ref Utf8JsonReader reader, Exception? inner)
    {
        // The byte offset points a vendor at the place in the body; the message never quotes the body's values.
        var at = reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture);
        return new JsonException($"{message} (at byte {at} of the body)", "$.data", lineNumber: null, bytePositionInLine: reader.TokenStartIndex, inner);
    }
}

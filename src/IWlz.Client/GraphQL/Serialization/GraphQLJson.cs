using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace IWlz.Client.GraphQL.Serialization;

/// <summary>
/// Reading and writing helpers for the JSON converters that the IWlz.Client generator emits. Not meant
/// to be called directly. Error messages name the type and property, never the value, because values
/// can be personal data; the one exception is an unknown enum value, which is a code, not personal data.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphQLJson
{
    private const int MaxEnumValueInMessage = 64;

    /// <summary>Throws unless the reader is on <paramref name="expected"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">The token the value must start with.</param>
    /// <param name="context">The generated type or property, for the error message.</param>
    /// <exception cref="JsonException">The reader is on another token.</exception>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string context)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {Describe(expected)} for '{context}', but the JSON has {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>The error for a non-null property that is missing from the JSON.</summary>
    /// <param name="context">The generated type and JSON property, such as <c>GetBookResult.title</c>.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException MissingProperty(string context) =>
        new($"The JSON has no '{context}', which the GraphQL schema declares non-null.");

    /// <summary>The error for a JSON null where the GraphQL type is non-null.</summary>
    /// <param name="context">The generated type and JSON property.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException NullValue(string context) =>
        new($"The JSON has null for '{context}', which the GraphQL schema declares non-null.");

    /// <summary>The error for an enum value that the generated enum does not know.</summary>
    /// <param name="enumName">The GraphQL enum name.</param>
    /// <param name="reader">The reader, on the string token.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException UnknownEnumValue(string enumName, ref Utf8JsonReader reader)
    {
        var value = reader.GetString() ?? string.Empty;
        if (value.Length > MaxEnumValueInMessage)
        {
            value = value[..MaxEnumValueInMessage] + "…";
        }

        return new JsonException($"'{value}' is not a value of GraphQL enum {enumName}. The schema may have a newer version than the generated client; regenerate it from the current schema.");
    }

    /// <summary>The error for writing an enum value that was not generated (a cast from an arbitrary integer).</summary>
    /// <param name="enumName">The GraphQL enum name.</param>
    /// <param name="value">The numeric value.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException UndefinedEnumValue(string enumName, int value) =>
        new($"{value.ToString(CultureInfo.InvariantCulture)} is not a defined value of GraphQL enum {enumName}; use one of the generated members.");

    /// <summary>Reads a GraphQL <c>ID</c>: a string, or an integer (which GraphQL also allows).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The ID as a string.</returns>
    public static string ReadId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt64(out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : throw new JsonException("A GraphQL ID must be a string or an integer.");
        }

        Expect(ref reader, JsonTokenType.String, "ID");
        return reader.GetString()!;
    }

    /// <summary>Reads a <c>Date</c>: exactly <c>yyyy-MM-dd</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The date.</returns>
    public static DateOnly ReadDate(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "Date");
        return TryReadDate(ref reader, out var value)
            ? value
            : throw new JsonException("A GraphQL Date must be written as yyyy-MM-dd.");
    }

    /// <summary>
    /// Reads the current string token as a <c>Date</c> (exactly <c>yyyy-MM-dd</c>, escaped or not); false for
    /// anything else, including a token that is not a string. The one date rule of the reader and the template guard.
    /// </summary>
    internal static bool TryReadDate(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (TryReadPlainDate(ref reader, out value))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[16];
        var length = CopyString(ref reader, buffer);
        return length == 10 && DateOnly.TryParseExact(buffer[..length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Writes a <c>Date</c> as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    public static void WriteDate(Utf8JsonWriter writer, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[10];
        value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <summary>
    /// Reads a <c>DateTime</c> in RFC 3339 form: the offset is mandatory (<c>Z</c> or <c>±hh:mm</c>) and
    /// fractions of a second are accepted up to 7 digits.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The point in time with its offset.</returns>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "DateTime");
        Span<char> buffer = stackalloc char[48];
        var length = CopyString(ref reader, buffer);
        var text = buffer[..Math.Max(length, 0)];
        if (length < 20 || (text[10] != 'T' && text[10] != 't') || !HasOffset(text) || FractionDigits(text) > 7
            || !(reader.TryGetDateTimeOffset(out var value) || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)))
        {
            throw new JsonException("A GraphQL DateTime must be an RFC 3339 date-time with an offset, such as 1999-12-31T23:59:59Z or 1999-12-31T23:59:59.123456+01:00.");
        }

        return value;
    }

    /// <summary>Writes a <c>DateTime</c> in RFC 3339 form with its offset.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The point in time.</param>
    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>Reads a scalar mapped to <see cref="DateTime"/> (ISO 8601).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public static DateTime ReadDateTime(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "DateTime");
        return reader.TryGetDateTime(out var value)
            ? value
            : throw new JsonException("The value is not an ISO 8601 date and time.");
    }

    /// <summary>Writes a scalar mapped to <see cref="DateTime"/> (ISO 8601).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void WriteDateTime(Utf8JsonWriter writer, DateTime value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>Reads a scalar mapped to <see cref="TimeOnly"/>: <c>HH:mm</c>, <c>HH:mm:ss</c> or with fractions.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The time of day.</returns>
    public static TimeOnly ReadTime(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "Time");
        Span<char> buffer = stackalloc char[32];
        var length = CopyString(ref reader, buffer);
        return length >= 0 && TimeOnly.TryParseExact(buffer[..length], TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new JsonException("A time must be written as HH:mm:ss, optionally with fractions of a second.");
    }

    /// <summary>Writes a scalar mapped to <see cref="TimeOnly"/> as <c>HH:mm:ss</c> plus fractions when present.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The time of day.</param>
    public static void WriteTime(Utf8JsonWriter writer, TimeOnly value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[16];
        value.TryFormat(buffer, out var written, "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <summary>Reads a scalar mapped to <see cref="Uri"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The URI, absolute or relative.</returns>
    public static Uri ReadUri(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "Uri");
        return Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var value)
            ? value
            : throw new JsonException("The value is not a valid URI.");
    }

    /// <summary>Writes a scalar mapped to <see cref="Uri"/> as its original string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The URI.</param>
    public static void WriteUri(Utf8JsonWriter writer, Uri value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.OriginalString);
    }

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    /// <summary>Copies the string value into <paramref name="buffer"/>; -1 when it does not fit (then it is not a valid value anyway).</summary>
    private static int CopyString(ref Utf8JsonReader reader, scoped Span<char> buffer)
    {
        var maxBytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (maxBytes > buffer.Length * 6L)
        {
            return -1;
        }

        try
        {
            return reader.CopyString(buffer);
        }
        catch (ArgumentException)
        {
            return -1;
        }
    }

    /// <summary>
    /// The fast path of <see cref="ReadDate"/>: an unescaped <c>yyyy-MM-dd</c> read straight from the UTF-8 bytes.
    /// It accepts exactly what the exact-format parse accepts; anything else goes to that parse (and its error).
    /// </summary>
    private static bool TryReadPlainDate(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return false;
        }

        var text = reader.ValueSpan;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int number)
    {
        number = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (digit - '0');
        }

        return true;
    }

    private static bool HasOffset(ReadOnlySpan<char> text)
    {
        var last = text[^1];
        if (last is 'Z' or 'z')
        {
            return true;
        }

        return text.Length >= 6 && text[^6] is '+' or '-' && text[^3] == ':';
    }

    private static int FractionDigits(ReadOnlySpan<char> text)
    {
        var dot = text.IndexOf('.');
        if (dot < 0)
        {
            return 0;
        }

        var digits = 0;
        for (var i = dot + 1; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            digits++;
        }

        return digits;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>The <c>UUID</c> scalar: a hyphenated UUID string on the wire, <see cref="Guid"/> inside.</summary>
internal sealed class UuidScalar : ScalarGraphType
{
    public UuidScalar() => Name = "UUID";

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Guid g => g,
        string s when Guid.TryParseExact(s, "D", out var g) => g,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Guid g => g.ToString("D"),
        _ => ThrowSerializationError(value),
    };
}

/// <summary>The <c>Date</c> scalar: <c>yyyy-MM-dd</c> on the wire, <see cref="DateOnly"/> inside.</summary>
internal sealed class DateScalar : ScalarGraphType
{
    public DateScalar() => Name = "Date";

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };
}

/// <summary>The <c>DateTime</c> scalar: RFC 3339 with a mandatory offset on the wire, <see cref="DateTimeOffset"/> inside.</summary>
internal sealed class DateTimeScalar : ScalarGraphType
{
    public DateTimeScalar() => Name = "DateTime";

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return false;
        }

        // RFC 3339 demands an offset ("Z" or "+hh:mm"); a local time without one is refused.
        var time = text[t..];
        var hasOffset = time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+', StringComparison.Ordinal) || time.LastIndexOf('-') > 0;
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    public static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d,
        string s when TryParse(s, out var d) => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => Format(d),
        _ => ThrowSerializationError(value),
    };
}

using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>
/// A scalar that travels as a string and is a <typeparamref name="T"/> inside. The iWlz scalars differ only
/// in how the string is parsed and written; refusing anything else (numbers, objects, a malformed string) is shared.
/// </summary>
internal abstract class StringScalar<T> : ScalarGraphType
    where T : struct
{
    protected StringScalar(string name) => Name = name;

    /// <summary>Parses the wire form; false when <paramref name="text"/> is not valid for this scalar.</summary>
    protected abstract bool TryParseText(string text, out T value);

    /// <summary>The wire form of <paramref name="value"/>.</summary>
    protected abstract string FormatText(T value);

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        T typed => typed,
        string s when TryParseText(s, out var parsed) => parsed,
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
        T typed => FormatText(typed),
        _ => ThrowSerializationError(value),
    };
}

/// <summary>The <c>UUID</c> scalar: a hyphenated UUID string on the wire, <see cref="Guid"/> inside.</summary>
internal sealed class UuidScalar() : StringScalar<Guid>("UUID")
{
    protected override bool TryParseText(string text, out Guid value) => Guid.TryParseExact(text, "D", out value);

    protected override string FormatText(Guid value) => value.ToString("D");
}

/// <summary>The <c>Date</c> scalar: <c>yyyy-MM-dd</c> on the wire, <see cref="DateOnly"/> inside.</summary>
internal sealed class DateScalar() : StringScalar<DateOnly>("Date")
{
    protected override bool TryParseText(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override string FormatText(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The <c>DateTime</c> scalar: RFC 3339 with a mandatory offset on the wire, <see cref="DateTimeOffset"/> inside.</summary>
internal sealed class DateTimeScalar() : StringScalar<DateTimeOffset>("DateTime")
{
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

    protected override bool TryParseText(string text, out DateTimeOffset value) => TryParse(text, out value);

    protected override string FormatText(DateTimeOffset value) => Format(value);
}

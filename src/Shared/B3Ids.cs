using System.Diagnostics;

namespace IWlz.Client.Diagnostics;

/// <summary>
/// Reads B3 trace and span IDs tolerantly: surrounding white space is ignored, upper-case hex is accepted,
/// and a 16-hex (64-bit) trace ID is widened to 32 by left-padding with zeros, as B3 propagators do. Other
/// lengths, non-hex characters and all-zero IDs are refused. Linked as source into the packages that read
/// B3 (the netwerkpunt and the OpenTelemetry propagator), so they cannot drift apart.
/// </summary>
internal static class B3Ids
{
    public static bool TryParseTraceId(string? text, out ActivityTraceId traceId)
    {
        Span<char> hex = stackalloc char[32];
        var ok = TryNormalize(text, hex, allowShort: true);
        traceId = ok ? ActivityTraceId.CreateFromString(hex) : default;
        return ok;
    }

    public static bool TryParseSpanId(string? text, out ActivitySpanId spanId)
    {
        Span<char> hex = stackalloc char[16];
        var ok = TryNormalize(text, hex, allowShort: false);
        spanId = ok ? ActivitySpanId.CreateFromString(hex) : default;
        return ok;
    }

    private static bool TryNormalize(string? text, Span<char> destination, bool allowShort)
    {
        var value = text.AsSpan().Trim();
        if (value.Length != destination.Length && !(allowShort && value.Length == destination.Length / 2))
        {
            return false;
        }

        var padding = destination.Length - value.Length;
        destination[..padding].Fill('0');
        var nonZero = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= 'A' and <= 'F')
            {
                c = (char)(c + ('a' - 'A'));
            }
            else if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }

            nonZero |= c != '0';
            destination[padding + i] = c;
        }

        return nonZero;
    }
}

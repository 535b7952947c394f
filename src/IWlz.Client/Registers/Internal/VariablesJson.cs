using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// The template guard's view of a request's variables: serialized once into a per-thread buffer and read with
/// <see cref="Utf8JsonReader"/>, instead of a <see cref="JsonDocument"/> per call. Only top-level variables are
/// looked up (the own code, its ID type and derived dates), and compared without making strings of them.
/// </summary>
internal static class VariablesJson
{
    [ThreadStatic]
    private static Buffer? t_cached;

    /// <summary>Serializes <paramref name="variables"/>; dispose the lease to give the buffer back.</summary>
    internal static Lease Write<TVariables>(TVariables variables, JsonTypeInfo<TVariables> typeInfo)
    {
        var buffer = t_cached ?? new Buffer();
        t_cached = null; // taken: a nested use on this thread gets its own buffer
        buffer.Output.ResetWrittenCount();
        buffer.Writer.Reset(buffer.Output);
        JsonSerializer.Serialize(buffer.Writer, variables, typeInfo);
        buffer.Writer.Flush();
        return new Lease(buffer);
    }

    /// <summary>Finds a top-level property; <paramref name="value"/> is then on its value.</summary>
    internal static bool TryFind(ReadOnlySpan<byte> json, string name, out Utf8JsonReader value)
    {
        value = new Utf8JsonReader(json);
        if (!value.Read() || value.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (value.Read() && value.TokenType == JsonTokenType.PropertyName)
        {
            var match = value.ValueTextEquals(name);
            value.Read();
            if (match)
            {
                return true;
            }

            value.Skip();
        }

        return false;
    }

    /// <summary>The serialized variables, until disposed.</summary>
    internal readonly struct Lease(Buffer buffer) : IDisposable
    {
        internal ReadOnlySpan<byte> Json => buffer.Output.WrittenSpan;

        public void Dispose()
        {
            // The variables may hold a BSN: zero what was written (Clear, not ResetWrittenCount) so it does not
            // linger in a buffer the thread keeps. A buffer that grew large (unusual variables) is not kept.
            buffer.Output.Clear();
            if (buffer.Output.Capacity <= 16 * 1024)
            {
                t_cached = buffer;
            }
        }
    }

    internal sealed class Buffer
    {
        internal ArrayBufferWriter<byte> Output { get; } = new(256);

        internal Utf8JsonWriter Writer { get; } = new(System.IO.Stream.Null);
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Writes <c>{"query","operationName","variables"}</c> with <see cref="Utf8JsonWriter"/> into a pooled buffer.
/// Variables go through the operation's own <see cref="GraphQLOperation{TVariables,TData}.VariablesTypeInfo"/>,
/// so explicit nulls (such as <c>einddatum: {eq: null}</c>) are kept exactly as the generator decided.
/// </summary>
internal static class GraphQLRequestWriter
{
    // The body is an API payload, never HTML: keep non-ASCII (names with diacritics) and GraphQL punctuation as UTF-8.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Where an idle writer points, so it holds no reference to a request body once the body is written.
    private static readonly ArrayBufferWriter<byte> Detached = new(1);

    // One writer per thread, reset onto each body: a writer object per call was a fixed allocation on every call.
    // Serializing the variables never writes another request body on the same thread, so a writer is never
    // used by two bodies at once.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    internal static PooledBufferWriter Write<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, TVariables variables)
    {
        var buffer = new PooledBufferWriter(operation.Document.Length + 512);
        try
        {
            var writer = t_writer;
            if (writer is null)
            {
                writer = new Utf8JsonWriter(buffer, WriterOptions);
                t_writer = writer;
            }
            else
            {
                writer.Reset(buffer);
            }

            try
            {
                WriteBody(writer, operation, variables);
            }
            finally
            {
                writer.Reset(Detached);
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static void WriteBody<TVariables, TData>(Utf8JsonWriter writer, GraphQLOperation<TVariables, TData> operation, TVariables variables)
    {
        writer.WriteStartObject();
        writer.WriteString("query"u8, operation.Document);
        writer.WriteString("operationName"u8, operation.Name);
        writer.WritePropertyName("variables"u8);
        JsonSerializer.Serialize(writer, variables, operation.VariablesTypeInfo);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Content over the buffer; it can be sent more than once (retries, the 401 refresh).</summary>
    internal static HttpContent CreateContent(PooledBufferWriter buffer)
    {
        var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);

        // Stored as the constant text it is: the same header on the wire, without a parsed header object per call.
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }
}

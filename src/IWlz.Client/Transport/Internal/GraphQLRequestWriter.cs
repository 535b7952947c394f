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

    internal static PooledBufferWriter Write<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, TVariables variables) =>
        Write(operation, OperationProfile.For(operation), variables, out _);

    internal static PooledBufferWriter Write<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, TVariables variables, out Range variablesJson) =>
        Write(operation, OperationProfile.For(operation), variables, out variablesJson);

    /// <summary>
    /// The body up to the variables, <c>{"query":"…","operationName":"…","variables":</c>, encoded with the writer's own
    /// options, so the bytes are those it would write. Made once per operation instance, for its <see cref="OperationProfile"/>.
    /// </summary>
    internal static byte[] EncodeBodyPrefix(string document, string operationName)
    {
        var output = new ArrayBufferWriter<byte>(document.Length + 64);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("query"u8, document);
            writer.WriteString("operationName"u8, operationName);
            writer.WritePropertyName("variables"u8);
            writer.Flush();
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the body <c>{"query":…,"operationName":…,"variables":…}</c>; <paramref name="variablesJson"/> is where the
    /// variables object lies in it (what the audit record reads its objects from).
    /// </summary>
    internal static PooledBufferWriter Write<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, OperationProfile profile, TVariables variables, out Range variablesJson)
    {
        var prefix = profile.BodyPrefix;
        var buffer = new PooledBufferWriter(prefix.Length + 512);
        try
        {
            // The constant part (the document, often kilobytes, and the name) was encoded once for this operation
            // instance (OperationProfile): only the variables are serialized per call.
            prefix.CopyTo(buffer.GetSpan(prefix.Length));
            buffer.Advance(prefix.Length);

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
                JsonSerializer.Serialize(writer, variables, operation.VariablesTypeInfo);
                writer.Flush();
            }
            finally
            {
                writer.Reset(Detached);
            }

            variablesJson = prefix.Length..buffer.WrittenCount;
            buffer.GetSpan(1)[0] = (byte)'}';
            buffer.Advance(1);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
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

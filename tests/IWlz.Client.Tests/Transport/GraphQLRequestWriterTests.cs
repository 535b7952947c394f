using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IWlz.Client.GraphQL;
using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Tests.Transport;

/// <summary>
/// The request body writer reuses one <see cref="Utf8JsonWriter"/> per thread. These tests pin that reuse leaves
/// nothing behind: each body is complete and holds only its own operation and variables, also after a body whose
/// variables failed to serialize, and also when many threads write at once.
/// </summary>
public sealed class GraphQLRequestWriterTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = JsonTypeInfoResolver.Combine() };

    private static readonly GraphQLOperation<string, string> First = Operation("First", "query First($x: String!) { a(x: $x) { b } }");

    private static readonly GraphQLOperation<string, string> Second = Operation("Second", "query Second($x: String!) { c(x: $x) { dé } }");

    [Fact]
    public void Bodies_written_one_after_another_on_one_thread_each_hold_only_their_own_operation_and_variables()
    {
        var first = Read(First, "één");
        var second = Read(Second, "twee");

        Assert.Equal((First.Document, "First", "één"), first);
        Assert.Equal((Second.Document, "Second", "twee"), second);
    }

    [Fact]
    public void After_variables_that_fail_to_serialize_the_next_body_on_the_same_thread_is_complete()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => GraphQLRequestWriter.Write(First, ThrowingConverter.Poison));
        Assert.Equal(ThrowingConverter.Message, failure.Message);

        Assert.Equal((Second.Document, "Second", "after"), Read(Second, "after"));
    }

    [Fact]
    public async Task Bodies_written_on_many_threads_at_once_are_each_their_own()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 2_000).Select(i => Task.Run(() =>
        {
            var operation = i % 2 == 0 ? First : Second;
            return (Index: i, Body: Read(operation, $"value-{i}"));
        })));

        foreach (var (index, body) in results)
        {
            var operation = index % 2 == 0 ? First : Second;
            Assert.Equal((operation.Document, operation.Name, $"value-{index}"), body);
        }
    }

    [Fact]
    public void The_body_is_byte_for_byte_what_one_writer_writes_and_the_reported_range_is_exactly_the_variables()
    {
        // The constant part is encoded once per operation; the body must still be what writing it whole gives.
        foreach (var (operation, x) in new[] { (First, "één"), (Second, "a \"quoted\" <value>"), (First, "again") })
        {
            using var body = GraphQLRequestWriter.Write(operation, x, out var variables);

            var expected = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(expected, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteString("query", operation.Document);
                writer.WriteString("operationName", operation.Name);
                writer.WritePropertyName("variables");
                writer.WriteStartObject();
                writer.WriteString("x", x);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            Assert.Equal(expected.WrittenSpan.ToArray(), body.WrittenSpan.ToArray());
            using var alone = JsonDocument.Parse(body.WrittenMemory[variables]);
            Assert.Equal(x, alone.RootElement.GetProperty("x").GetString());
        }
    }

    private static (string Query, string OperationName, string X) Read(GraphQLOperation<string, string> operation, string x)
    {
        using var body = GraphQLRequestWriter.Write(operation, x);
        using var document = JsonDocument.Parse(body.WrittenMemory);
        var root = document.RootElement;
        Assert.Equal(3, root.EnumerateObject().Count());
        var variables = root.GetProperty("variables");
        Assert.Single(variables.EnumerateObject());
        return (root.GetProperty("query").GetString()!, root.GetProperty("operationName").GetString()!, variables.GetProperty("x").GetString()!);
    }

    private static GraphQLOperation<string, string> Operation(string name, string document) =>
        new(name, GraphQLOperationKind.Query, document, "hash-" + name, "Test", ["a"],
            JsonMetadataServices.CreateValueInfo<string>(Options, new ThrowingConverter()),
            JsonMetadataServices.CreateValueInfo<string>(Options, JsonMetadataServices.StringConverter));

    /// <summary>Writes <c>{"x": value}</c>, and fails halfway through the object for <see cref="Poison"/>.</summary>
    private sealed class ThrowingConverter : JsonConverter<string>
    {
        internal const string Poison = "poison";
        internal const string Message = "The variables cannot be written.";

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value == Poison)
            {
                writer.WritePropertyName("x");
                throw new InvalidOperationException(Message);
            }

            writer.WriteString("x", value);
            writer.WriteEndObject();
        }
    }
}

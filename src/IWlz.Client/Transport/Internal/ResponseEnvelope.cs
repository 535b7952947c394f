using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The parts of a JSON answer the SDK uses: <c>data</c> (read straight into the operation's type), <c>errors</c>,
/// and the legacy <c>{"ErrorCode","Error"}</c> pair. Read with <see cref="Utf8JsonReader"/>: no document of the whole body.
/// </summary>
internal sealed class ResponseEnvelope<TData>
{
    internal bool HasData { get; private set; }

    internal TData? Data { get; private set; }

    internal List<GraphQLError>? Errors { get; private set; }

    internal string? LegacyCode { get; private set; }

    internal string? LegacyMessage { get; private set; }

    /// <summary>
    /// Parses the body. Throws <see cref="JsonException"/> when it is not a JSON object of the expected shape.
    /// Comments (which some gateways add, though JSON has none) are skipped.
    /// </summary>
    /// <remarks>
    /// A reader that skips comments takes a slower path for every token, so the body is read without that first;
    /// only a body that fails and holds a <c>/</c> (every comment starts with one) is read again skipping comments.
    /// A valid body is read once; the result is the same either way.
    /// </remarks>
    internal static ResponseEnvelope<TData> Parse(ReadOnlySpan<byte> body, JsonTypeInfo<TData> dataTypeInfo)
    {
        try
        {
            return ParseWith(body, dataTypeInfo, JsonCommentHandling.Disallow);
        }
        catch (JsonException) when (body.IndexOf((byte)'/') >= 0)
        {
            return ParseWith(body, dataTypeInfo, JsonCommentHandling.Skip);
        }
    }

    private static ResponseEnvelope<TData> ParseWith(ReadOnlySpan<byte> body, JsonTypeInfo<TData> dataTypeInfo, JsonCommentHandling comments)
    {
        var envelope = new ResponseEnvelope<TData>();
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = comments });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The body is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    envelope.SetData(DataValueReader.Read(ref reader, dataTypeInfo));
                }
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                reader.Read();
                envelope.Errors = GraphQLErrorReader.ReadErrors(ref reader);
            }
            else if (reader.ValueTextEquals("ErrorCode"u8) || reader.ValueTextEquals("errorCode"u8) || reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                envelope.LegacyCode = GraphQLErrorReader.LenientString(ref reader);
            }
            else if (reader.ValueTextEquals("Error"u8) || reader.ValueTextEquals("error_description"u8) || reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                envelope.LegacyMessage = GraphQLErrorReader.LenientString(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return envelope;
    }

    /// <summary>
    /// The metadata that reads the same envelope from a stream while it arrives (<see cref="JsonSerializer.DeserializeAsync{TValue}(Stream, JsonTypeInfo{TValue}, CancellationToken)"/>),
    /// or <see langword="null"/> when that gains nothing or cannot keep <see cref="Parse"/>'s behaviour; see
    /// <see cref="StreamingEnvelope{TData}"/>.
    /// </summary>
    internal static JsonTypeInfo<ResponseEnvelope<TData>>? StreamingTypeInfo(JsonTypeInfo<TData> dataTypeInfo) =>
        StreamingEnvelope<TData>.For(dataTypeInfo);

    /// <summary>A <c>data</c> value. A JSON null leaves what was read before, as <see cref="Parse"/> does.</summary>
    internal void SetData(TData? data)
    {
        if (data is not null)
        {
            Data = data;
            HasData = true;
        }
    }

    internal void SetErrors(List<GraphQLError>? errors) => Errors = errors;

    internal void SetLegacyCode(string? code) => LegacyCode = code;

    internal void SetLegacyMessage(string? message) => LegacyMessage = message;

}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Serializer metadata for <see cref="ResponseEnvelope{TData}"/>, built once per data type at run time with
/// <see cref="JsonMetadataServices"/> (no reflection: safe for trimming and native AOT), so a large answer is
/// converted while it arrives instead of after the whole body was read.
/// </summary>
/// <remarks>
/// Only worth it, and only offered, when the data's own metadata can be resumed (an object or collection
/// contract, as System.Text.Json source generation makes). A type read by a converter of its own, as the
/// IWlz.Client generator emits, is buffered whole by the serializer before the converter runs, so streaming
/// would only copy the body once more; those answers keep <see cref="ResponseEnvelope{TData}.Parse"/>.
/// The metadata reads what <see cref="ResponseEnvelope{TData}.Parse"/> reads: the same members (case-sensitive),
/// comments skipped, unknown members skipped, the last of duplicate members wins, <c>errors</c> through
/// <see cref="GraphQLErrorReader"/>, and the legacy members leniently.
/// </remarks>
internal static class StreamingEnvelope<TData>
{
    // One data type normally has one metadata instance (the operation's); a second one replaces the first.
    private static Entry? s_last;

    internal static JsonTypeInfo<ResponseEnvelope<TData>>? For(JsonTypeInfo<TData> dataTypeInfo)
    {
        if (dataTypeInfo.Kind == JsonTypeInfoKind.None)
        {
            return null;
        }

        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last.DataTypeInfo, dataTypeInfo))
        {
            return last.EnvelopeTypeInfo;
        }

        var entry = new Entry(dataTypeInfo, TryCreate(dataTypeInfo));
        Volatile.Write(ref s_last, entry);
        return entry.EnvelopeTypeInfo;
    }

    private static JsonTypeInfo<ResponseEnvelope<TData>>? TryCreate(JsonTypeInfo<TData> dataTypeInfo)
    {
        var source = dataTypeInfo.Options;

        // Case-insensitive names would make "error" and "Error" one member; without a resolver the data's
        // metadata cannot be made again for the options below.
        if (source.PropertyNameCaseInsensitive || source.TypeInfoResolver is null)
        {
            return null;
        }

        try
        {
            // The data is read with its own options, plus what Parse's reader does for the whole body: skip comments.
            var options = new JsonSerializerOptions(source) { ReadCommentHandling = JsonCommentHandling.Skip };
            if (options.GetTypeInfo(typeof(TData)) is not JsonTypeInfo<TData> data || data.Kind == JsonTypeInfoKind.None)
            {
                return null;
            }

            var errors = JsonMetadataServices.CreateValueInfo<List<GraphQLError>?>(options, new ErrorsConverter());
            var lenient = JsonMetadataServices.CreateValueInfo<string?>(options, new LenientStringConverter());
            var envelope = JsonMetadataServices.CreateObjectInfo(options, new JsonObjectInfoValues<ResponseEnvelope<TData>>
            {
                ObjectCreator = static () => new ResponseEnvelope<TData>(),
                PropertyMetadataInitializer = _ =>
                [
                    Member(options, "data", data, static (e, v) => e.SetData(v)),
                    Member(options, "errors", errors, static (e, v) => e.SetErrors(v)),
                    Member(options, "ErrorCode", lenient, static (e, v) => e.SetLegacyCode(v)),
                    Member(options, "errorCode", lenient, static (e, v) => e.SetLegacyCode(v)),
                    Member(options, "error", lenient, static (e, v) => e.SetLegacyCode(v)),
                    Member(options, "Error", lenient, static (e, v) => e.SetLegacyMessage(v)),
                    Member(options, "error_description", lenient, static (e, v) => e.SetLegacyMessage(v)),
                    Member(options, "message", lenient, static (e, v) => e.SetLegacyMessage(v)),
                ],
            });
            envelope.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
            envelope.MakeReadOnly();
            return envelope;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // Options this metadata cannot be built for: the answer is read whole, as before.
            return null;
        }
    }

    private static JsonPropertyInfo Property<T>(JsonSerializerOptions options, string name, JsonTypeInfo<T> typeInfo, Action<object, T?> setter) =>
        JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<T>
        {
            IsProperty = true,
            IsPublic = true,
            DeclaringType = typeof(ResponseEnvelope<TData>),
            PropertyTypeInfo = typeInfo,
            PropertyName = name,
            JsonPropertyName = name,
            Setter = setter,
        });

    private static JsonPropertyInfo Member<T>(JsonSerializerOptions options, string name, JsonTypeInfo<T> typeInfo, Action<ResponseEnvelope<TData>, T?> set) =>
        Property(options, name, typeInfo, (object e, T? v) => set((ResponseEnvelope<TData>)e, v));

    private sealed record Entry(JsonTypeInfo<TData> DataTypeInfo, JsonTypeInfo<ResponseEnvelope<TData>>? EnvelopeTypeInfo);

    /// <summary>The <c>errors</c> member, null included, through the same reader as <see cref="ResponseEnvelope{TData}.Parse"/>.</summary>
    private sealed class ErrorsConverter : JsonConverter<List<GraphQLError>?>
    {
        public override bool HandleNull => true;

        public override List<GraphQLError>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            GraphQLErrorReader.ReadErrors(ref reader);

        public override void Write(Utf8JsonWriter writer, List<GraphQLError>? value, JsonSerializerOptions options) =>
            throw new NotSupportedException("The envelope is only read.");
    }

    /// <summary>A legacy member: a string as it is, any other value read as absent.</summary>
    private sealed class LenientStringConverter : JsonConverter<string?>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            GraphQLErrorReader.LenientString(ref reader);

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) =>
            throw new NotSupportedException("The envelope is only read.");
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Indicatieregister;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Schemas;
using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Tests.Transport;

/// <summary>
/// The one-pass read of an answer's <c>data</c>: the same objects as the serializer's two-pass read, the reader left
/// where the next member starts, and errors that are JsonExceptions located in the body without quoting its values.
/// </summary>
public sealed class DataValueReaderTests
{
    private const string CanaryBsn = "999990032";

    [Theory]
    [InlineData("QBR-0001-ZA")]
    [InlineData("QIR-0001-ZKi")]
    public void Generated_types_read_in_one_pass_equal_the_serializers_read(string templateId)
    {
        var body = File.ReadAllBytes(TestFiles.OutputFixture("Fixtures", templateId + ".response.json"));

        var (onePass, serializer) = templateId.StartsWith("QBR", StringComparison.Ordinal)
            ? BothReads(body, BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor.DataTypeInfo)
            : BothReads(body, WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Descriptor.DataTypeInfo);

        Assert.Equal(serializer, onePass);
        Assert.True(onePass.Length > body.Length / 3, "the fixture's data was read, not an empty object");
    }

    [Fact]
    public void Errors_after_the_data_are_read_too()
    {
        var fixture = File.ReadAllText(TestFiles.OutputFixture("Fixtures", "QBR-0001-ZA.response.json"));
        var body = fixture.TrimEnd()[..^1] + """, "errors":[{"message":"Partly answered","path":["bemiddelingspecificatie",1]}]}""";

        var envelope = ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse(
            Encoding.UTF8.GetBytes(body), BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor.DataTypeInfo);

        Assert.Equal(3, envelope.Data!.Bemiddelingspecificatie.Count);
        Assert.Equal("Partly answered", Assert.Single(envelope.Errors!).Message);
    }

    [Theory]
    [InlineData("\"besluitnummer\": 2030491", "\"besluitnummer\": \"" + CanaryBsn + "\"")]
    [InlineData("\"wlzindicatieID\": \"2b0647f6-2e0c-40f8-881e-12017047cf3b\"", "\"wlzindicatieID\": \"" + CanaryBsn + "\"")]
    [InlineData("\"besluitnummer\": 2030491", "\"besluitnummer\": 99999003299999003299")]
    public void A_value_that_does_not_fit_is_a_located_JsonException_without_the_value(string original, string replacement)
    {
        var fixture = File.ReadAllText(TestFiles.OutputFixture("Fixtures", "QIR-0001-ZKi.response.json"));
        Assert.Contains(original, fixture, StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(fixture.Replace(original, replacement, StringComparison.Ordinal));
        var offendingValue = Encoding.UTF8.GetString(body).IndexOf(replacement, StringComparison.Ordinal) + replacement.IndexOf(':', StringComparison.Ordinal) + 2;

        var error = Assert.Throws<JsonException>(() => ResponseEnvelope<WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult>.Parse(
            body, WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Descriptor.DataTypeInfo));

        Assert.Equal("$.data", error.Path);
        Assert.Equal(offendingValue, error.BytePositionInLine);
        Assert.Contains($"at byte {offendingValue} of the body", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryBsn, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_located_and_names_the_field()
    {
        var fixture = File.ReadAllText(TestFiles.OutputFixture("Fixtures", "QIR-0001-ZKi.response.json"));
        var body = Encoding.UTF8.GetBytes(fixture.Replace("\"bsn\": \"" + CanaryBsn + "\",", string.Empty, StringComparison.Ordinal));

        var error = Assert.Throws<JsonException>(() => ResponseEnvelope<WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult>.Parse(
            body, WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Descriptor.DataTypeInfo));

        Assert.Equal("$.data", error.Path);
        Assert.Contains("bsn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_converter_that_reads_too_little_is_refused()
    {
        var typeInfo = JsonMetadataServices.CreateValueInfo<Probe>(new JsonSerializerOptions(), new StopsAtTheStartConverter());

        var error = Assert.Throws<JsonException>(() => ResponseEnvelope<Probe>.Parse("""{"data":{"a":1},"errors":[]}"""u8, typeInfo));

        Assert.Contains("read too much or too little", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_converters_own_JsonException_is_located()
    {
        var typeInfo = JsonMetadataServices.CreateValueInfo<Probe>(new JsonSerializerOptions(), new RefusingConverter());

        var error = Assert.Throws<JsonException>(() => ResponseEnvelope<Probe>.Parse("""{"data":{"a":1}}"""u8, typeInfo));

        Assert.Equal("$.data", error.Path);
        Assert.StartsWith("Probe refused", error.Message, StringComparison.Ordinal);
        Assert.Equal(8, error.BytePositionInLine);
    }

    [Fact]
    public void Source_generated_object_metadata_still_goes_through_the_serializer()
    {
        var typeInfo = TestJsonContext.Default.SpecificatieData;
        Assert.Equal(JsonTypeInfoKind.Object, typeInfo.Kind);

        var envelope = ResponseEnvelope<SpecificatieData>.Parse(
            """{"data":{"bemiddelingspecificatie":[{"id":"6f1a7e4c-2b9d-4c61-9a8e-3d5b7f0c1a22","instelling":"98000044"}]},"errors":[{"message":"m"}]}"""u8, typeInfo);

        Assert.Equal("98000044", Assert.Single(envelope.Data!.Items).Instelling);
        Assert.Single(envelope.Errors!);
    }

    private static (string OnePass, string Serializer) BothReads<TData>(byte[] body, JsonTypeInfo<TData> typeInfo)
        where TData : class
    {
        var onePass = ResponseEnvelope<TData>.Parse(body, typeInfo).Data;
        using var document = JsonDocument.Parse(body);
        var serializer = document.RootElement.GetProperty("data").Deserialize(typeInfo);
        return (JsonSerializer.Serialize(onePass!, typeInfo), JsonSerializer.Serialize(serializer!, typeInfo));
    }

    /// <summary>A type read by the test converters below.</summary>
    public sealed class Probe;

    private sealed class StopsAtTheStartConverter : JsonConverter<Probe>
    {
        public override Probe Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new();

        public override void Write(Utf8JsonWriter writer, Probe value, JsonSerializerOptions options) => writer.WriteNullValue();
    }

    private sealed class RefusingConverter : JsonConverter<Probe>
    {
        public override Probe Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new JsonException("Probe refused this value.");

        public override void Write(Utf8JsonWriter writer, Probe value, JsonSerializerOptions options) => writer.WriteNullValue();
    }
}

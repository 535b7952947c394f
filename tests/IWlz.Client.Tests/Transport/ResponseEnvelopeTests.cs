using System.Text;
using System.Text.Json;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Tests.Schemas;
using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Tests.Transport;

/// <summary>
/// The buffered envelope reader's tolerance of comments, which it reads without the reader's slower comment-skipping
/// path first and with it only when a body with a <c>/</c> fails.
/// </summary>
public sealed class ResponseEnvelopeTests
{
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<BemiddelingspecificatieVoorZorgaanbiederResult> DataType =
        BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor.DataTypeInfo;

    [Fact]
    public void Comments_around_and_inside_the_data_are_skipped()
    {
        var fixture = File.ReadAllText(TestFiles.OutputFixture("Fixtures", "QBR-0001-ZA.response.json"));
        var commented = "/* added by a gateway */ " + fixture.Replace("\"bemiddelingspecificatie\":", "// the root list\n\"bemiddelingspecificatie\":", StringComparison.Ordinal);
        Assert.NotEqual(fixture, commented);

        var plain = ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse(Encoding.UTF8.GetBytes(fixture), DataType);
        var withComments = ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse(Encoding.UTF8.GetBytes(commented), DataType);

        Assert.Equal(JsonSerializer.Serialize(plain.Data!, DataType), JsonSerializer.Serialize(withComments.Data!, DataType));
    }

    [Fact]
    public void A_body_that_is_invalid_with_or_without_comments_still_fails_as_JSON()
    {
        Assert.ThrowsAny<JsonException>(() => ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse("""{"data": /* open */ {"bemiddelingspecificatie": [}}"""u8, DataType));
        Assert.ThrowsAny<JsonException>(() => ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse("""{"data": {"bemiddelingspecificatie": [}}"""u8, DataType));
    }

    [Fact]
    public void Errors_and_legacy_members_after_a_comment_are_read()
    {
        var envelope = ResponseEnvelope<BemiddelingspecificatieVoorZorgaanbiederResult>.Parse(
            """{"data":null, /* policy */ "errors":[{"message":"Toegang geweigerd"}],"ErrorCode":"AUTH-1"}"""u8, DataType);

        Assert.False(envelope.HasData);
        Assert.Equal("Toegang geweigerd", Assert.Single(envelope.Errors!).Message);
        Assert.Equal("AUTH-1", envelope.LegacyCode);
    }
}

using IWlz.Client.Errors.Internal;

namespace IWlz.Client.Tests.Errors;

public sealed class ServerTextTests
{
    [Fact]
    public void Every_control_character_becomes_a_space_and_other_text_is_kept()
    {
        for (var c = '\u0000'; c <= '\u00FF'; c++)
        {
            var cleaned = ServerText.Clean($"a{c}b");
            if (char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                continue;
            }

            var expected = char.IsControl(c) ? "a b" : $"a{c}b";
            Assert.Equal(expected, cleaned);
        }
    }

    [Fact]
    public void Text_without_anything_to_clean_is_returned_as_the_same_instance()
    {
        var text = "bemiddelingspecificatie: Policy: Access Denied";

        Assert.Same(text, ServerText.Clean(text));
        Assert.Same("FORBIDDEN", ServerText.Code("FORBIDDEN"));
    }

    [Theory]
    [InlineData("record 3f2504e0-4f89-11d3-9a0c-0305e82c3301 not found", "record <id> not found")]
    [InlineData("record 3F2504E04F8911D39A0C0305E82C3301 not found", "record <id> not found")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "<id>")]
    [InlineData("ids deadbeef and cafebabe-0000", "ids deadbeef and cafebabe-0000")]
    [InlineData("almost 3f2504e-4f89-11d3-9a0c-0305e82c3301", "almost 3f2504e-4f89-11d3-9a0c-0305e82c3301")]
    public void Identifiers_are_masked_only_where_a_uuid_is(string text, string expected)
    {
        Assert.Equal(expected, ServerText.Mask(text));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("abcdef0", false)]
    [InlineData("abcdef01", true)]
    [InlineData("xabcdef0 1", false)]
    [InlineData("Policy: Access Denied 12345678", true)]
    [InlineData("bemiddelingspecificatie: Policy: Access Denied", false)]
    public void The_prefilter_finds_every_run_of_eight_hex_digits(string text, bool expected)
    {
        Assert.Equal(expected, ServerText.HasEightHexDigitsInARow(text));
    }
}

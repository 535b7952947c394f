using IWlz.Client.Privacy;

namespace IWlz.Client.Tests.Privacy;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333", true)]   // 9+8+7+12+10+8+9+6-3 = 66 = 6*11
    [InlineData("123456782", true)]   // 9+16+21+24+25+24+21+16-2 = 154 = 14*11
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]  // sum 0 is not accepted
    [InlineData("12345678", false)]
    [InlineData("1234567820", false)]
    [InlineData("12345678a", false)]
    [InlineData(null, false)]
    public void IsValid_applies_the_11_proef(string? value, bool expected)
    {
        Assert.Equal(expected, Bsn.IsValid(value));
    }

    [Fact]
    public void Scrub_masks_only_nine_digit_runs_that_pass_the_11_proef()
    {
        var text = "client 123456782 not found; order 123456789; phone 0612345678; id 1234567820";

        var scrubbed = SensitiveText.Scrub(text);

        Assert.Equal("client ********* not found; order 123456789; phone 0612345678; id 1234567820", scrubbed);
    }

    [Fact]
    public void Scrub_returns_the_same_instance_when_nothing_matches()
    {
        const string text = "nothing to hide here";
        Assert.Same(text, SensitiveText.Scrub(text));
        Assert.Null(SensitiveText.Scrub(null));
    }
}

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
}

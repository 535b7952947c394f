using IWlz.Client.Notifications;

namespace IWlz.Client.Tests.Notifications;

public sealed class IDTypesTests
{
    [Fact]
    public void The_enum_has_exactly_the_five_netwerkpunt_values()
    {
        Assert.Equal(["AGB", "BSN", "KVK", "OIN", "UZOVI"], Enum.GetNames<IDType>());
        Assert.False(Enum.IsDefined(default(IDType)));
    }

    [Theory]
    [InlineData("AGB", IDType.AGB)]
    [InlineData("agb", IDType.AGB)]
    [InlineData("AGBCODE", IDType.AGB)]
    [InlineData("AgbCode", IDType.AGB)]
    [InlineData("agbcode", IDType.AGB)]
    [InlineData("BSN", IDType.BSN)]
    [InlineData("Kvk", IDType.KVK)]
    [InlineData("oin", IDType.OIN)]
    [InlineData("UZOVI", IDType.UZOVI)]
    [InlineData("Uzovi", IDType.UZOVI)]
    [InlineData(" uzovi ", IDType.UZOVI)]
    public void TryParse_accepts_the_names_in_any_case_and_the_AGBCODE_alias(string text, IDType expected)
    {
        Assert.True(IDTypes.TryParse(text, out var idType));
        Assert.Equal(expected, idType);
        Assert.Equal(expected, IDTypes.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AGB CODE")]
    [InlineData("AGB-CODE")]
    [InlineData("UZOVI1")]
    [InlineData("1")]
    [InlineData("CIZ")]
    public void TryParse_rejects_anything_else(string? text)
    {
        Assert.False(IDTypes.TryParse(text, out _));
        Assert.Throws<FormatException>(() => IDTypes.Parse(text));
    }

    [Fact]
    public void The_wire_value_is_always_the_enum_name_and_parses_back()
    {
        foreach (var idType in Enum.GetValues<IDType>())
        {
            var wire = IDTypes.ToWireValue(idType);

            Assert.Equal(idType.ToString(), wire);
            Assert.Equal(idType, IDTypes.Parse(wire));
        }

        Assert.Equal("AGB", IDTypes.ToWireValue(IDTypes.Parse("AgbCode")));
        Assert.Equal("UZOVI", IDTypes.ToWireValue(IDTypes.Parse("Uzovi")));
        Assert.Throws<ArgumentOutOfRangeException>(() => IDTypes.ToWireValue((IDType)0));
    }

    [Fact]
    public void A_parse_error_names_the_problem_but_masks_a_possible_BSN()
    {
        var error = Assert.Throws<FormatException>(() => IDTypes.Parse("123456782"));

        Assert.Contains("is not an ID type", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_prints_as_IDType_colon_ID_and_masks_a_BSN()
    {
        Assert.Equal("UZOVI:5151", new NotificationParty(IDType.UZOVI, "5151").ToString());
        Assert.Equal("BSN:*********", new NotificationParty(IDType.BSN, "123456782").ToString());
        Assert.Equal(new NotificationParty(IDType.AGB, "12345678"), new NotificationParty(IDType.AGB, "12345678"));
        Assert.NotEqual(new NotificationParty(IDType.AGB, "12345678"), new NotificationParty(IDType.UZOVI, "12345678"));
    }
}

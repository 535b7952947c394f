using IWlz.Client.Notifications;

namespace IWlz.Client.Tests.Notifications;

public sealed class SubjectRefTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

    [Theory]
    [InlineData("Bemiddelingspecificatie/3f2504e0-4f89-41d3-9a0c-0305e82c3301", "", "Bemiddelingspecificatie")]
    [InlineData("bemiddelingspecificatie/3F2504E0-4F89-41D3-9A0C-0305E82C3301", "", "bemiddelingspecificatie")]
    [InlineData("bemiddeling/bemiddelingspecificatie/3f2504e0-4f89-41d3-9a0c-0305e82c3301", "bemiddeling", "bemiddelingspecificatie")]
    [InlineData("wlzindicatie/Stoornis/3f2504e0-4f89-41d3-9a0c-0305e82c3301", "wlzindicatie", "Stoornis")]
    [InlineData("a/b/Levering/3f2504e0-4f89-41d3-9a0c-0305e82c3301", "a/b", "Levering")]
    [InlineData("Regiehouder/3f2504e04f8941d39a0c0305e82c3301", "", "Regiehouder")]
    [InlineData("Regiehouder/{3f2504e0-4f89-41d3-9a0c-0305e82c3301}", "", "Regiehouder")]
    [InlineData("  Overdracht/3f2504e0-4f89-41d3-9a0c-0305e82c3301 ", "", "Overdracht")]
    public void Parses_entity_prefix_and_uuid_in_the_tolerated_forms(string text, string prefix, string entity)
    {
        Assert.True(SubjectRef.TryParse(text, out var reference));

        Assert.Equal(prefix, reference.Prefix);
        Assert.Equal(entity, reference.Entity);
        Assert.Equal(Id, reference.Id);
        Assert.Equal(text, reference.Raw);
        Assert.Equal(reference, SubjectRef.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("/3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("Bemiddeling/")]
    [InlineData("Bemiddeling/12345")]
    [InlineData("Bemiddeling//3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("a//Bemiddeling/3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("Bemiddeling/3f2504e0-4f89-41d3-9a0c-0305e82c3301/extra")]
    [InlineData("1Bemiddeling/3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("Bemid deling/3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("GGR0001 BSN is invalid")]
    public void Rejects_malformed_references(string? text)
    {
        Assert.False(SubjectRef.TryParse(text, out var reference));
        Assert.Null(reference);
        var error = Assert.Throws<FormatException>(() => SubjectRef.Parse(text));
        if (!string.IsNullOrWhiteSpace(text))
        {
            Assert.DoesNotContain(text.Trim(), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Entity_comparison_and_equality_ignore_letter_case()
    {
        var upper = SubjectRef.Parse("Bemiddelingspecificatie/3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        var lower = SubjectRef.Parse("bemiddelingspecificatie/3F2504E0-4F89-41D3-9A0C-0305E82C3301");
        var prefixed = SubjectRef.Parse("bemiddeling/bemiddelingspecificatie/3f2504e0-4f89-41d3-9a0c-0305e82c3301");

        Assert.True(upper.IsEntity("BEMIDDELINGSPECIFICATIE"));
        Assert.False(upper.IsEntity("Bemiddeling"));
        Assert.Equal(upper, lower);
        Assert.Equal(upper.GetHashCode(), lower.GetHashCode());
        Assert.NotEqual(upper, prefixed);
    }

    [Fact]
    public void ToString_names_the_entity_but_not_the_record()
    {
        var reference = SubjectRef.Parse("Levering/3f2504e0-4f89-41d3-9a0c-0305e82c3301");

        Assert.Equal("Levering/…", reference.ToString());
        Assert.DoesNotContain("3f2504e0", reference.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}

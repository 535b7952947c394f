namespace IWlz.Client.Tests.Schemas;

public sealed class SchemaFingerprintTests
{
    public static TheoryData<string> Clients() => new(TestFiles.Clients);

    [Theory]
    [MemberData(nameof(Clients))]
    public void Our_schema_describes_exactly_the_reference_interface(string client)
    {
        var expected = File.ReadAllText(TestFiles.OutputFixture("Schemas", "Fixtures", $"{client}.fingerprint.txt"));

        var actual = SchemaFingerprint.Compute(File.ReadAllText(TestFiles.SchemaPath(client)));

        Assert.Equal(expected, actual);
    }

    private const string Baseline = """
        "A thing."
        type Query { thing(id: ID!, limit: Int = 10): [Thing!]! }
        type Thing { name: String old: String @deprecated(reason: "gone") }
        """;

    [Fact]
    public void Descriptions_comments_and_definition_order_do_not_change_the_fingerprint()
    {
        const string reworded = """
            # a comment
            type Thing {
              "Its name."
              name: String
              old: String @deprecated(reason: "gone")
            }
            "Entry point."
            type Query { thing(id: ID!, limit: Int = 10): [Thing!]! }
            """;

        Assert.Equal(SchemaFingerprint.Compute(Baseline), SchemaFingerprint.Compute(reworded));
    }

    [Theory]
    [InlineData("thing(id: ID!, limit: Int = 10): [Thing!]!", "thing(id: ID!, limit: Int = 10): [Thing]!")]
    [InlineData("thing(id: ID!, limit: Int = 10): [Thing!]!", "thing(id: ID, limit: Int = 10): [Thing!]!")]
    [InlineData("thing(id: ID!, limit: Int = 10): [Thing!]!", "thing(id: ID!, limit: Int = 20): [Thing!]!")]
    [InlineData("thing(id: ID!, limit: Int = 10): [Thing!]!", "thing(limit: Int = 10, id: ID!): [Thing!]!")]
    [InlineData("@deprecated(reason: \"gone\")", "@deprecated(reason: \"Gone\")")]
    [InlineData("@deprecated(reason: \"gone\")", "")]
    [InlineData("name: String", "name: String!")]
    public void Any_interface_change_changes_the_fingerprint(string original, string changed)
    {
        var modified = Baseline.Replace(original, changed, StringComparison.Ordinal);
        Assert.NotEqual(Baseline, modified);

        Assert.NotEqual(SchemaFingerprint.Compute(Baseline), SchemaFingerprint.Compute(modified));
    }

    [Fact]
    public void Enum_values_union_members_interfaces_and_scalar_directives_are_listed()
    {
        const string schema = """
            scalar Date @specifiedBy(url: "https://example.org/date")
            interface Node { id: ID! }
            type A implements Node { id: ID! }
            type B implements Node { id: ID! }
            union AB = A | B
            enum Colour { RED GREEN }
            input Filter { colour: Colour = RED, on: Date }
            """;

        var fingerprint = SchemaFingerprint.Compute(schema);

        Assert.Contains("scalar Date @specifiedBy(url: \"https://example.org/date\")\n", fingerprint, StringComparison.Ordinal);
        Assert.Contains("type A implements Node\n", fingerprint, StringComparison.Ordinal);
        Assert.Contains("union AB = A | B\n", fingerprint, StringComparison.Ordinal);
        Assert.Contains("enum Colour\n  value RED\n  value GREEN\n", fingerprint, StringComparison.Ordinal);
        Assert.Contains("input Filter\n  input-field colour: Colour = RED\n  input-field on: Date\n", fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_extensions_are_rejected_rather_than_ignored()
    {
        var error = Assert.Throws<NotSupportedException>(() => SchemaFingerprint.Compute("type Query { a: Int } extend type Query { b: Int }"));
        Assert.Contains("ObjectTypeExtension", error.Message, StringComparison.Ordinal);
    }
}

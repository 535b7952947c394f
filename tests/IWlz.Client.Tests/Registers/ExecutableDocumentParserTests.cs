using IWlz.Client.Registers.Internal;

namespace IWlz.Client.Tests.Registers;

/// <summary>The run-time reader behind the template rules: what it keeps, what it ignores, and what it refuses.</summary>
public sealed class ExecutableDocumentParserTests
{
    [Fact]
    public void Every_shipped_template_parses_to_one_operation_with_one_root_field_and_matches_itself()
    {
        foreach (var template in ShippedTemplates.Templates)
        {
            var analysis = DocumentAnalysis.Of(template.Document);
            Assert.Null(analysis.Problem);
            Assert.Equal(template.Descriptor.OperationName, analysis.Operation!.Name);
            Assert.Equal(template.Descriptor.RootField, Assert.Single(analysis.Shape!.Children.Values).FieldName);
            Assert.Null(analysis.Shape.FindExcess(template.Shape));
            Assert.Equal(template.Descriptor.Variables.Select(v => $"{v.Name}: {v.GraphQLType}"), analysis.Operation.Variables.Select(v => $"{v.Name}: {v.Type}"));
        }
    }

    [Fact]
    public void Layout_commas_comments_aliases_argument_order_and_fragments_do_not_change_the_shape()
    {
        var plain = Shape("query A($x: UUID!) { item(where: {id: {eq: $x}, kind: {eq: \"K\"}}) { id name } }");
        var dressed = Shape("""
            # comment
            query B(
              $x: UUID!,
            ) {
              renamed: item(where: {kind: {eq: "K"}, id: {eq: $x}}) @include(if: true) {
                ... on Item { id }
                ...F
              }
            }
            fragment F on Item { name, }
            """);

        Assert.Null(dressed.FindExcess(plain));
        Assert.Null(plain.FindExcess(dressed));
    }

    [Theory]
    [InlineData("\"a\\\"b\\u00e9\\u{1F600}\"", "\"\"\"a\"b\u00e9\U0001F600\"\"\"")]
    [InlineData("\"line1\\nline2\"", "\"\"\"\n    line1\n    line2\n  \"\"\"")]
    [InlineData("\"\\\"\\\"\\\"\"", "\"\"\"\\\"\"\"\"\"\"")]
    public void Strings_and_block_strings_compare_by_their_value(string quoted, string block)
    {
        var left = Shape($"query Q {{ f(a: {quoted}) {{ id }} }}");
        var right = Shape($"query Q {{ f(a: {block}) {{ id }} }}");

        Assert.Null(left.FindExcess(right));
    }

    [Theory]
    [InlineData("query Q { f(a: 1) { id } }", "query Q { f(a: 2) { id } }")]
    [InlineData("query Q { f(a: [1, 2]) { id } }", "query Q { f(a: [2, 1]) { id } }")]
    [InlineData("query Q { f(a: null) { id } }", "query Q { f(a: \"null\") { id } }")]
    [InlineData("query Q { f(a: ENUM) { id } }", "query Q { f(a: \"ENUM\") { id } }")]
    [InlineData("query Q($v: Int) { f(a: $v) { id } }", "query Q($w: Int) { f(a: $w) { id } }")]
    public void Different_argument_values_are_different_fields(string left, string right)
    {
        Assert.NotNull(Shape(left).FindExcess(Shape(right)));
    }

    [Fact]
    public void A_subset_is_accepted_one_way_only()
    {
        var template = Shape("query Q { f { a b c { d e } } }");
        var subset = Shape("query Q { f { a c { e } } }");

        Assert.Null(subset.FindExcess(template));
        Assert.Equal(("f.b", "is not in"), template.FindExcess(subset));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("query Q { f ", "ends too early")]
    [InlineData("query Q { f(a: 01) }", "leading zero")]
    [InlineData("query Q { f(a: \"open) }", "Unterminated string")]
    [InlineData("query Q { f(a: \"\\q\") }", "Invalid escape")]
    [InlineData("query Q { f(a: 1, a: 2) }", "given twice")]
    [InlineData("query Q { f(a: {b: 1, b: 2}) }", "given twice")]
    [InlineData("fragment on on X { a }", "cannot be named 'on'")]
    [InlineData("fragment F on X { a } fragment F on X { b } query Q { ...F }", "defined twice")]
    [InlineData("schema { query: Query }", "no type definitions")]
    [InlineData("query Q { f % }", "Unexpected character")]
    public void Invalid_documents_are_refused_with_a_position(string document, string message)
    {
        var ex = Assert.Throws<DocumentSyntaxException>(() => ExecutableDocumentParser.Parse(document));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line >= 1 && ex.Column >= 1);
    }

    [Theory]
    [InlineData("query Q { ...A } fragment A on X { ...B } fragment B on X { ...A }", "spreads itself")]
    [InlineData("query Q { ...Missing }", "is not defined")]
    public void Fragment_cycles_and_unknown_fragments_are_refused(string document, string message)
    {
        var parsed = ExecutableDocumentParser.Parse(document);

        var ex = Assert.Throws<DocumentSyntaxException>(() => SelectionShape.Build(parsed.Operations[0], parsed.Fragments));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_instead_of_exhausting_the_stack()
    {
        var deep = "query Q { " + string.Concat(Enumerable.Repeat("a { ", 5000)) + "b" + new string('}', 5001);

        var ex = Assert.Throws<DocumentSyntaxException>(() => ExecutableDocumentParser.Parse(deep));
        Assert.Contains("deeper than", ex.Message, StringComparison.Ordinal);

        var deepValue = "query Q { f(a: " + new string('[', 5000) + new string(']', 5000) + ") }";
        Assert.Contains("deeper than", Assert.Throws<DocumentSyntaxException>(() => ExecutableDocumentParser.Parse(deepValue)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_types_and_defaults_are_normalised()
    {
        var operation = ExecutableDocumentParser.Parse("query Q($a: [UUID!]!, $b: Int = 3, $c: In = {x: [1 2]}) { f }").Operations.Single();

        Assert.Equal(
            [new VariableNode("a", "[UUID!]!", null), new VariableNode("b", "Int", "3"), new VariableNode("c", "In", "{x:[1,2]}")],
            operation.Variables);
    }

    [Fact]
    public void The_analysis_cache_stops_growing_at_its_limit()
    {
        for (var i = 0; i < DocumentAnalysis.MaxCached + 50; i++)
        {
            Assert.Null(DocumentAnalysis.Of($"query Q{i} {{ f }}").Problem);
        }

        var cache = typeof(DocumentAnalysis).GetField("Cache", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var count = (int)cache.GetType().GetProperty("Count")!.GetValue(cache)!;
        Assert.InRange(count, 1, DocumentAnalysis.MaxCached);
    }

    private static SelectionShape Shape(string document)
    {
        var parsed = ExecutableDocumentParser.Parse(document);
        return SelectionShape.Build(Assert.Single(parsed.Operations), parsed.Fragments);
    }
}

using IWlz.Client.Generator.Tests.Infrastructure;
using IWlz.Client.GraphQL;
using static IWlz.Client.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace IWlz.Client.Generator.Tests;

/// <summary>Published query templates (IWlzTemplate) and the rule that own operations may only narrow them.</summary>
public sealed class TemplateSubsetTests
{
    private const string VendorPath = "/src/Library/operations/vendor.graphql";

    private static readonly GraphQLFile BookDetails = Template("LIB-0001", """
        query BookDetails($id: ID!) {
          book(id: $id) {
            id
            title
            genre
            authors { id name born }
          }
        }
        """);

    private static readonly GraphQLFile FantasyBooks = Template("LIB-0002", """
        query FantasyBooks($first: Int) {
          books(where: { genre: [FANTASY] }, first: $first) { id title }
        }
        """);

    [Fact]
    public void Operation_that_drops_fields_uses_aliases_and_fragments_is_allowed()
    {
        var run = Run("""
            query MyBook($id: ID!) {
              book(id: $id) {
                name: title
                authors { name }
                ...G
              }
            }

            fragment G on Book { genre }
            """);
        var assembly = GeneratorHarness.CompileAndLoad(run);
        Assert.NotNull(assembly.GetType("Acme.Library.MyBookResult"));
    }

    [Fact]
    public void Extra_field_names_the_closest_template_and_the_field_path()
    {
        var run = Run("""
            query MyBook($id: ID!) {
              book(id: $id) {
                title
                authors {
                  name
                  books { id }
                }
              }
            }
            """);
        var d = Single(run, "IWLZGEN019", VendorPath, 6, 7);
        Assert.Contains("field 'book.authors.books' is not in template LIB-0001", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("(closest template: LIB-0001)", d.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Library.Operation.MyBook.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Library.Operation.BookDetails.g.cs");
    }

    [Fact]
    public void Field_from_a_fragment_is_checked_after_expanding_the_fragment()
    {
        var run = Run("""
            query MyBook($id: ID!) {
              book(id: $id) { ...Extra }
            }

            fragment Extra on Book {
              isbn
            }
            """);
        var d = Single(run, "IWLZGEN019", VendorPath, 6, 3);
        Assert.Contains("field 'book.isbn' is not in template LIB-0001", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Different_argument_literal_is_not_a_subset()
    {
        var run = Run("""
            query ScienceFiction {
              books(where: { genre: [SCIENCE_FICTION] }) { id }
            }
            """);
        var d = Single(run, "IWLZGEN019", VendorPath, 2, 3);
        Assert.Contains("field 'books' has arguments", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("differ from template LIB-0002", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_with_another_name_is_not_a_subset()
    {
        var run = Run("""
            query MyBook($bookId: ID!) {
              book(id: $bookId) { title }
            }
            """);
        Assert.Contains(run.WithId("IWLZGEN019"), d => d.GetMessage().Contains("variable '$bookId' is not in template LIB-0001", StringComparison.Ordinal));
    }

    [Fact]
    public void Directive_is_not_a_subset_and_the_message_names_it_and_its_field()
    {
        var run = Run("""
            query MyBook($id: ID!) {
              book(id: $id) {
                title
                ...Who @include(if: true)
              }
            }

            fragment Who on Book { authors { name @skip(if: false) } }
            """);
        var d = Single(run, "IWLZGEN019", VendorPath, 4, 12);
        Assert.Contains("directive '@include' on 'book' is not in any template", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("The network refuses directives in a request", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_with_another_default_value_is_not_a_subset()
    {
        var run = Run("""
            query MyFantasy($first: Int = 5) {
              books(where: { genre: [FANTASY] }, first: $first) { id }
            }
            """);
        var d = Single(run, "IWLZGEN019", VendorPath, 1, 17);
        Assert.Contains("variable '$first' has default value 5 but (none) in template LIB-0002", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Operation_on_a_root_field_no_template_selects_is_rejected()
    {
        var run = Run("query Now { now }");
        var d = Single(run, "IWLZGEN019", VendorPath, 1, 7);
        Assert.Contains("does not match any published template of client 'Library'", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("LIB-0001", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_templates_any_valid_operation_is_allowed()
    {
        GeneratorHarness.CompileAndLoad(GeneratorHarness.Run(Library.With("query Now { now }")));
    }

    [Fact]
    public void Template_is_generated_with_its_id_as_constant_descriptor_value_and_attribute()
    {
        var run = Run("query MyBook($id: ID!) { book(id: $id) { title } }");
        var assembly = GeneratorHarness.CompileAndLoad(run);
        var operation = assembly.GetType("Acme.Library.BookDetailsOperation", throwOnError: true)!;
        Assert.Equal("LIB-0001", operation.GetField("TemplateId")!.GetRawConstantValue());
        Assert.Equal("LIB-0001", GeneratedAssembly.Get(operation.GetProperty("Descriptor")!.GetValue(null)!, "TemplateId"));
        var method = assembly.GetType("Acme.Library.LibraryClient", throwOnError: true)!.GetMethod("BookDetailsAsync")!;
        var attribute = Assert.Single(method.GetCustomAttributes(typeof(GraphQLTemplateAttribute), inherit: false).Cast<GraphQLTemplateAttribute>());
        Assert.Equal("LIB-0001", attribute.TemplateId);
        // MyBook narrows only LIB-0001, so it carries that ID too (TemplateNarrowingTests).
        var narrowing = Assert.Single(assembly.GetType("Acme.Library.LibraryClient")!.GetMethod("MyBookAsync")!.GetCustomAttributes(typeof(GraphQLTemplateAttribute), false).Cast<GraphQLTemplateAttribute>());
        Assert.Equal("LIB-0001", narrowing.TemplateId);
    }

    [Fact]
    public void Template_that_is_not_generated_still_checks_own_operations()
    {
        var notGenerated = BookDetails with { Metadata = new Dictionary<string, string>(BookDetails.Metadata!) { ["IWlzGenerate"] = "false" } };
        var run = GeneratorHarness.Run([Library.SchemaFile, notGenerated, new GraphQLFile(VendorPath, "query MyBook($id: ID!) { book(id: $id) { title authors { name born } } }")]);
        var assembly = GeneratorHarness.CompileAndLoad(run);
        Assert.Null(assembly.GetType("Acme.Library.BookDetailsOperation"));
        Assert.NotNull(assembly.GetType("Acme.Library.MyBookOperation"));

        var invalid = GeneratorHarness.Run([Library.SchemaFile, notGenerated, new GraphQLFile(VendorPath, "query MyBook($id: ID!) { book(id: $id) { isbn } }")]);
        Assert.Single(invalid.WithId("IWLZGEN019"));
    }

    [Fact]
    public void Template_id_defaults_to_the_file_name_and_IWlzOperationName_renames_the_generated_members()
    {
        var file = new GraphQLFile(
            "/src/Library/templates/LIB-0003.graphql",
            "query BookDetails($id: ID!) { book(id: $id) { title } }",
            new Dictionary<string, string> { ["IWlzClient"] = "Library", ["IWlzTemplate"] = "true", ["IWlzOperationName"] = "BookTitle" });
        var run = GeneratorHarness.Run([Library.SchemaFile, BookDetails, file]);
        var assembly = GeneratorHarness.CompileAndLoad(run);
        var operation = assembly.GetType("Acme.Library.BookTitleOperation", throwOnError: true)!;
        Assert.Equal("LIB-0003", operation.GetField("TemplateId")!.GetRawConstantValue());
        Assert.Equal("BookDetails", operation.GetField("Name")!.GetRawConstantValue());
    }

    private static GeneratorRun Run(string vendorOperations) =>
        GeneratorHarness.Run([Library.SchemaFile, BookDetails, FantasyBooks, new GraphQLFile(VendorPath, vendorOperations)]);

    private static GraphQLFile Template(string id, string text) => new(
        $"/src/Library/templates/{id}.graphql",
        text,
        new Dictionary<string, string> { ["IWlzClient"] = "Library", ["IWlzTemplate"] = "true", ["IWlzTemplateId"] = id });
}

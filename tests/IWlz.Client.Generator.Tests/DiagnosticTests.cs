using IWlz.Client.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static IWlz.Client.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace IWlz.Client.Generator.Tests;

/// <summary>One test per diagnostic: its ID, severity, file, line and column, and a message that says what to change.</summary>
public sealed class DiagnosticTests
{
    private const string Ops = Library.OperationsPath;

    private static GeneratorRun RunOps(string operations) => GeneratorHarness.Run(Library.With(operations));

    [Fact]
    public void IWLZGEN001_syntax_error()
    {
        var run = RunOps("""
            query GetBook($id: ID!) {
              book(id: $id) { }
            }
            """);
        var d = Single(run, "IWLZGEN001", Ops, 2, 19);
        Assert.Contains("Expected Name, found }", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("library.graphql", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN002_unknown_type()
    {
        var run = RunOps("""
            query GetBook($id: Identifier!) {
              book(id: $id) { title }
            }
            """);
        var d = Single(run, "IWLZGEN002", Ops, 1, 20);
        Assert.Contains("unknown type 'Identifier'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN003_unknown_field_with_suggestion()
    {
        var run = RunOps("""
            query GetBook($id: ID!) {
              book(id: $id) {
                titel
              }
            }
            """);
        var d = Single(run, "IWLZGEN003", Ops, 3, 5);
        Assert.Equal("Type 'Book' has no field 'titel'. Did you mean 'title'? Remove the field or correct its name.", d.GetMessage());
    }

    [Fact]
    public void IWLZGEN003_unknown_input_field()
    {
        var run = RunOps("""
            query FindBooks {
              books(where: { titel: { eq: "Dune" } }) { id }
            }
            """);
        var d = Single(run, "IWLZGEN003", Ops, 2, 18);
        Assert.Contains("Input type 'BookFilter' has no field 'titel'. Did you mean 'title'?", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN004_unknown_argument()
    {
        var run = RunOps("""
            query GetBook($id: ID!) {
              book(id: $id, language: "nl") { title }
            }
            """);
        var d = Single(run, "IWLZGEN004", Ops, 2, 17);
        Assert.Contains("has no argument 'language'", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Its arguments are: id.", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN005_wrong_argument_value_type()
    {
        var run = RunOps("""
            query FindBooks {
              books(first: "ten", where: { genre: ["FANTASY"] }) { id }
            }
            """);
        var diagnostics = run.WithId("IWLZGEN005").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal((2, 16), Position(diagnostics[0]));
        Assert.Contains("Argument 'first' of field 'Query.books' has type 'Int' and expects an integer, but got a string", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal((2, 40), Position(diagnostics[1]));
        Assert.Contains("Write FANTASY without quotes.", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN005_null_for_a_non_null_argument()
    {
        var run = RunOps("""
            query GetBook {
              book(id: null) { title }
            }
            """);
        var d = Single(run, "IWLZGEN005", Ops, 2, 12);
        Assert.Contains("non-null type 'ID!', so it cannot be null", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN006_variable_of_the_wrong_type()
    {
        var run = RunOps("""
            query GetBook($id: String) {
              book(id: $id) { title }
            }
            """);
        var d = Single(run, "IWLZGEN006", Ops, 2, 12);
        Assert.Equal("Variable '$id' has type 'String' but argument 'id' of field 'Query.book' expects 'ID!'. Declare it as '$id: ID!' or pass a different variable.", d.GetMessage());
    }

    [Fact]
    public void IWLZGEN006_nullable_variable_is_allowed_where_the_argument_has_a_default()
    {
        var run = RunOps("""
            query FindBooks($first: Int) {
              books(first: $first) { id }
            }
            """);
        GeneratorHarness.AssertNone(run.Diagnostics);
    }

    [Fact]
    public void IWLZGEN007_undefined_variable()
    {
        var run = RunOps("""
            query GetBook {
              book(id: $id) { title }
            }
            """);
        var d = Single(run, "IWLZGEN007", Ops, 2, 12);
        Assert.Contains("Add '$id: ID!' to the operation's variables.", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN007_undefined_variable_inside_a_fragment_is_reported_in_the_fragment()
    {
        var run = RunOps("""
            query Author {
              book(id: "1") { ...Writers }
            }

            fragment Writers on Book {
              authors { books(first: $count) { id } }
            }
            """);
        Single(run, "IWLZGEN007", Ops, 6, 26);
    }

    [Fact]
    public void IWLZGEN008_unused_variable()
    {
        var run = RunOps("""
            query Now($unused: String) {
              now
            }
            """);
        var d = Single(run, "IWLZGEN008", Ops, 1, 11);
        Assert.Contains("'$unused' is declared by operation 'Now' but never used", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN008_is_not_reported_for_a_variable_used_under_an_unknown_field()
    {
        var run = RunOps("""
            query GetBook($id: ID!) {
              bok(id: $id) { title }
            }
            """);
        Assert.Single(run.Diagnostics);
        Single(run, "IWLZGEN003", Ops, 2, 3);
    }

    [Fact]
    public void IWLZGEN009_anonymous_operation()
    {
        var run = RunOps("""
            # comment line
            {
              now
            }
            """);
        var d = Single(run, "IWLZGEN009", Ops, 2, 1);
        Assert.Contains("has no name", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN010_duplicate_operation_within_a_client()
    {
        var run = GeneratorHarness.Run(
            [
                Library.SchemaFile,
                new GraphQLFile("/src/Library/a.graphql", "query Now { now }"),
                new GraphQLFile("/src/Library/b.graphql", "\nquery Now { now }"),
            ]);
        var d = Single(run, "IWLZGEN010", "/src/Library/b.graphql", 2, 7);
        Assert.Contains("in a.graphql of client 'Library'", d.GetMessage(), StringComparison.Ordinal);
        Assert.Single(run.Sources, s => s.HintName == "Library.Operation.Now.g.cs");
    }

    [Fact]
    public void IWLZGEN010_same_name_in_different_clients_is_fine()
    {
        var run = GeneratorHarness.Run(
            [
                Library.SchemaFile,
                new GraphQLFile("/src/Library/a.graphql", "query Now { now }"),
                new GraphQLFile("/src/Other/schema.graphql", Library.Schema),
                new GraphQLFile("/src/Other/b.graphql", "query Now { now }"),
            ]);
        GeneratorHarness.CompileAndLoad(run);
    }

    [Fact]
    public void IWLZGEN011_deprecated_field_is_a_warning()
    {
        var run = RunOps("""
            query GetBook {
              book(id: "1") { isbn10 }
            }
            """);
        var d = Single(run, "IWLZGEN011", Ops, 2, 19, DiagnosticSeverity.Warning);
        Assert.Equal("Field 'Book.isbn10' is deprecated: Use isbn.. Stop selecting it before the schema removes it.", d.GetMessage());
        Assert.Contains(run.Sources, s => s.HintName == "Library.Operation.GetBook.g.cs");
    }

    [Fact]
    public void IWLZGEN011_deprecated_enum_value_is_a_warning()
    {
        var run = RunOps("""
            query FindBooks {
              books(where: { genre: [POETRY] }) { id }
            }
            """);
        Single(run, "IWLZGEN011", Ops, 2, 26, DiagnosticSeverity.Warning);
    }

    [Fact]
    public void IWLZGEN012_missing_required_argument()
    {
        var run = RunOps("""
            query GetBook {
              book { title }
            }
            """);
        var d = Single(run, "IWLZGEN012", Ops, 2, 3);
        Assert.Contains("requires argument 'id: ID!'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN012_missing_required_input_field()
    {
        var run = RunOps("""
            mutation Lend {
              lendBook(input: { bookId: "1", lentAt: "2024-05-01T10:00:00Z", dueOn: "2024-05-22" }) { id }
            }
            """);
        var d = Single(run, "IWLZGEN012", Ops, 2, 19);
        Assert.Contains("requires field 'memberId: UUID!'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN013_selection_on_a_leaf()
    {
        var run = RunOps("""
            query Now {
              now { year }
            }
            """);
        var d = Single(run, "IWLZGEN013", Ops, 2, 3);
        Assert.Contains("cannot have a selection set", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN014_missing_selection_on_an_object()
    {
        var run = RunOps("""
            query GetBook {
              book(id: "1")
            }
            """);
        var d = Single(run, "IWLZGEN014", Ops, 2, 3);
        Assert.Contains("for example 'book { id }'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN015_fragment_spread_on_a_wrong_type()
    {
        var run = RunOps("""
            query GetBook {
              book(id: "1") { ...IssueFields }
            }

            fragment IssueFields on Magazine { issue }
            """);
        var d = Single(run, "IWLZGEN015", Ops, 2, 22);
        Assert.Contains("is on 'Magazine', which can never be 'Book'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN016_unknown_fragment()
    {
        var run = RunOps("""
            query GetBook {
              book(id: "1") { ...BookFeilds }
            }

            fragment BookFields on Book { title }
            """);
        var d = Single(run, "IWLZGEN016", Ops, 2, 22);
        Assert.Contains("Did you mean 'BookFields'?", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN017_client_with_operations_but_no_schema()
    {
        var run = GeneratorHarness.Run([new GraphQLFile("/src/Orphan/queries.graphql", "query Now { now }")]);
        var d = Single(run, "IWLZGEN017", "/src/Orphan/queries.graphql", 1, 7);
        Assert.Contains("Client 'Orphan' has operations but no schema", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN018_two_schemas_in_one_client()
    {
        var run = GeneratorHarness.Run(
            [
                Library.SchemaFile,
                new GraphQLFile("/src/Library/zz-more.graphql", "type Query { other: String }"),
                Library.OperationsFile,
            ]);
        var d = Single(run, "IWLZGEN018", "/src/Library/zz-more.graphql", 1, 1);
        Assert.Contains("already has schema schema.graphql", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN020_invalid_schema()
    {
        var run = GeneratorHarness.Run(
            [
                new GraphQLFile("/src/Broken/schema.graphql", """
                    interface Node { id: ID! }
                    type Thing implements Node { name: String }
                    type Query { thing: Thing }
                    """),
                new GraphQLFile("/src/Broken/q.graphql", "query Q { thing { name } }"),
            ]);
        var d = Single(run, "IWLZGEN020", "/src/Broken/schema.graphql", 2, 23);
        Assert.Equal("'Thing' implements 'Node' but has no field 'id'. Add 'id: ID!' to 'Thing'.", d.GetMessage());
    }

    [Fact]
    public void IWLZGEN020_schema_without_query_type()
    {
        var run = GeneratorHarness.Run([new GraphQLFile("/src/Broken/schema.graphql", "type Mutation { go: Int }")]);
        Single(run, "IWLZGEN020", "/src/Broken/schema.graphql", 1, 1);
    }

    [Fact]
    public void IWLZGEN021_file_mixes_schema_and_operations()
    {
        var run = RunOps("""
            query Now { now }

            type Extra { a: Int }
            """);
        Single(run, "IWLZGEN021", Ops, 3, 1);
    }

    [Fact]
    public void IWLZGEN022_unused_fragment()
    {
        var run = RunOps("""
            query Now { now }

            fragment Lonely on Book { title }
            """);
        var d = Single(run, "IWLZGEN022", Ops, 3, 10);
        Assert.Contains("Spread it with '...Lonely' or remove it.", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN023_duplicate_fragment_within_a_client()
    {
        var run = GeneratorHarness.Run(
            [
                Library.SchemaFile,
                new GraphQLFile("/src/Library/a.graphql", "query A { book(id: \"1\") { ...F } }\nfragment F on Book { title }"),
                new GraphQLFile("/src/Library/b.graphql", "fragment F on Book { isbn }"),
            ]);
        Single(run, "IWLZGEN023", "/src/Library/b.graphql", 1, 10);
    }

    [Fact]
    public void IWLZGEN024_fragment_cycle()
    {
        var run = RunOps("""
            query GetBook { book(id: "1") { ...A } }
            fragment A on Book { authors { ...B } }
            fragment B on Author { books { ...A } }
            """);
        var diagnostics = run.WithId("IWLZGEN024").Select(Position).Order().ToList();
        Assert.Equal([(2, 10), (3, 10)], diagnostics);
    }

    [Fact]
    public void IWLZGEN025_variable_with_an_output_type()
    {
        var run = RunOps("""
            query GetBook($book: Book) {
              now
            }
            """);
        var d = Single(run, "IWLZGEN025", Ops, 1, 22);
        Assert.Contains("Variables need a scalar, enum or input type", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN026_unknown_and_misplaced_directives()
    {
        var run = RunOps("""
            query Now @include(if: true) {
              now @cached
            }
            """);
        var diagnostics = run.WithId("IWLZGEN026").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal([(1, 11), (2, 7)], diagnostics.Select(Position));
        Assert.Contains("cannot be used on QUERY", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'@cached' is not declared", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN027_two_fields_share_a_response_name()
    {
        var run = RunOps("""
            query GetBook {
              book(id: "1") {
                title: isbn
                title
              }
            }
            """);
        var d = Single(run, "IWLZGEN027", Ops, 4, 5);
        Assert.Contains("'title' selects field 'isbn' in one place and 'title' in another", d.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Library.Operation.GetBook.g.cs");
    }

    [Fact]
    public void IWLZGEN028_operation_type_the_schema_does_not_support()
    {
        var run = RunOps("subscription OnLoan { now }");
        var d = Single(run, "IWLZGEN028", Ops, 1, 14);
        Assert.Contains("has no subscription root type", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN029_invalid_configuration()
    {
        var run = GeneratorHarness.Run(
            [
                Library.SchemaFile,
                Library.OperationsFile with { Metadata = new Dictionary<string, string> { ["IWlzTemplate"] = "yes" } },
            ],
            new Dictionary<string, string> { ["RootNamespace"] = "Acme", ["IWlzGraphQLScalars"] = "Money=float128" });
        var diagnostics = run.WithId("IWLZGEN029").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Location == Location.None && d.GetMessage().Contains("\"Money=float128\" is not valid", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Location.GetLineSpan().Path == Ops && d.GetMessage().Contains("IWlzTemplate=\"yes\"", StringComparison.Ordinal));
    }

    [Fact]
    public void IWLZGEN029_invalid_or_conflicting_client_type_name()
    {
        var invalid = GeneratorHarness.Run(
            [Library.SchemaFile with { Metadata = new Dictionary<string, string> { ["IWlzClientTypeName"] = "Library-Client" } }, Library.OperationsFile]);
        var d = Assert.Single(invalid.WithId("IWLZGEN029"));
        Assert.Contains("IWlzClientTypeName=\"Library-Client\" on schema.graphql is not a valid C# identifier", d.GetMessage(), StringComparison.Ordinal);

        var conflicting = GeneratorHarness.Run(
            [
                Library.SchemaFile with { Metadata = new Dictionary<string, string> { ["IWlzClientTypeName"] = "LibraryGraphQLClient" } },
                Library.OperationsFile with { Metadata = new Dictionary<string, string> { ["IWlzClientTypeName"] = "LendingClient" } },
            ]);
        d = Assert.Single(conflicting.WithId("IWLZGEN029"));
        Assert.Equal(Library.SchemaFile.Path, d.Location.GetLineSpan().Path); // files are compared in path order
        Assert.Contains("schema.graphql sets IWlzClientTypeName=\"LibraryGraphQLClient\", but another file of client 'Library' sets \"LendingClient\"", d.GetMessage(), StringComparison.Ordinal);

        var clash = GeneratorHarness.Run(
            [Library.SchemaFile with { Metadata = new Dictionary<string, string> { ["IWlzClientTypeName"] = "LibraryJsonResolver" } }, Library.OperationsFile]);
        d = Assert.Single(clash.WithId("IWLZGEN029"));
        Assert.Contains("is the name of its generated JSON type", d.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilerProblems(clash)); // falls back to LibraryClient
    }

    [Fact]
    public void IWLZGEN030_fragment_on_a_leaf_type()
    {
        var run = RunOps("""
            query GetBook {
              book(id: "1") {
                ... on Genre { x }
              }
            }
            """);
        Single(run, "IWLZGEN030", Ops, 3, 12);
    }

    [Fact]
    public void IWLZGEN031_argument_given_twice()
    {
        var run = RunOps("""query GetBook { book(id: "1", id: "2") { title } }""");
        Single(run, "IWLZGEN031", Ops, 1, 31);
    }

    [Fact]
    public void IWLZGEN032_empty_file_is_a_warning()
    {
        var run = GeneratorHarness.Run([.. Library.Files, new GraphQLFile("/src/Library/empty.graphql", "# nothing here yet\n")]);
        Single(run, "IWLZGEN032", "/src/Library/empty.graphql", 1, 1, DiagnosticSeverity.Warning);
        Assert.Contains(run.Sources, s => s.HintName == "Library.Client.g.cs");
    }

    [Fact]
    public void IWLZGEN033_template_file_with_two_operations()
    {
        var run = GeneratorHarness.Run(
            [
                Library.SchemaFile,
                new GraphQLFile("/src/Library/LIB-0001.graphql", "query A { now }\nquery B { now }", new Dictionary<string, string> { ["IWlzTemplate"] = "true" }),
            ]);
        var d = Single(run, "IWLZGEN033", "/src/Library/LIB-0001.graphql", 2, 7);
        Assert.Contains("a published template is exactly one operation", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWLZGEN999_unexpected_exception_names_the_file_and_does_not_crash()
    {
        var run = GeneratorHarness.Run(Library.Files, throwingFile: "/src/Library/unreadable.graphql");
        var d = Assert.Single(run.WithId("IWLZGEN999"));
        Assert.Equal("/src/Library/unreadable.graphql", d.Location.GetLineSpan().Path);
        Assert.Contains("unreadable.graphql", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains(run.Sources, s => s.HintName == "Library.Client.g.cs");
    }

    [Fact]
    public void Every_descriptor_is_documented_in_docs_generator_md()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "generator.md"));
        foreach (var descriptor in IWlz.Client.Generator.Diagnostics.Descriptors.Every)
        {
            Assert.Contains($"| <a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>{descriptor.Id} | {descriptor.DefaultSeverity} |", docs, StringComparison.Ordinal);
        }
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IWlz.Client.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}

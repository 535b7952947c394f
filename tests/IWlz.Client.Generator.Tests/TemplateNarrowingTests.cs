using IWlz.Client.Generator.Tests.Infrastructure;
using IWlz.Client.GraphQL;
using Microsoft.CodeAnalysis;
using static IWlz.Client.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace IWlz.Client.Generator.Tests;

/// <summary>
/// An own operation carries the template it narrows (G4): the one template it fits, or the one its file names
/// with IWlzTemplateId. The SDK's run-time template guard checks a request against the descriptor's TemplateId,
/// so what the build decides here is what the run time applies.
/// </summary>
public sealed class TemplateNarrowingTests
{
    private const string VendorPath = "/src/Library/operations/vendor.graphql";

    private static readonly GraphQLFile BookDetails = Template("LIB-0001", "query BookDetails($id: ID!) { book(id: $id) { id title genre } }");

    // Two templates with the same document, like QLR-0001_1-ZA, QLR-0001_2-ZA and QLR-0009-ZK.
    private static readonly GraphQLFile FantasyForMembers = Template("LIB-0002", "query Fantasy($first: Int) { books(where: { genre: [FANTASY] }, first: $first) { id title } }", "FantasyForMembers");
    private static readonly GraphQLFile FantasyForStaff = Template("LIB-0003", "query Fantasy($first: Int) { books(where: { genre: [FANTASY] }, first: $first) { id title } }", "FantasyForStaff");

    private const string FantasyTitles = "query MyFantasy($first: Int) { books(where: { genre: [FANTASY] }, first: $first) { title } }";

    [Fact]
    public void An_operation_that_fits_one_template_carries_its_id_in_the_constant_the_descriptor_and_the_attribute()
    {
        var run = Run(Vendor("query MyBook($id: ID!) { book(id: $id) { title } }"));
        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var assembly = GeneratorHarness.CompileAndLoad(run);
        var operation = assembly.GetType("Acme.Library.MyBookOperation", throwOnError: true)!;
        Assert.Equal("LIB-0001", operation.GetField("TemplateId")!.GetRawConstantValue());
        Assert.Equal("LIB-0001", GeneratedAssembly.Get(operation.GetProperty("Descriptor")!.GetValue(null)!, "TemplateId"));
        var method = assembly.GetType("Acme.Library.LibraryClient", throwOnError: true)!.GetMethod("MyBookAsync")!;
        Assert.Equal("LIB-0001", Assert.Single(method.GetCustomAttributes(typeof(GraphQLTemplateAttribute), false).Cast<GraphQLTemplateAttribute>()).TemplateId);
        Assert.Contains("A subset of the published query template <c>LIB-0001</c>", run.Source("Library.Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_that_fits_several_templates_warns_with_their_ids_and_names_none()
    {
        var run = Run(Vendor(FantasyTitles));

        var warning = Single(run, "IWLZGEN035", VendorPath, 1, 7, DiagnosticSeverity.Warning);
        Assert.Contains("is a subset of 2 templates of client 'Library' (LIB-0002, LIB-0003)", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Set IWlzTemplateId=\"LIB-0002\"", warning.GetMessage(), StringComparison.Ordinal);
        // Only a warning: the code is generated and compiles, and its descriptor leaves TemplateId null.
        Assert.Empty(GeneratorHarness.CompilerProblems(run));
        var source = run.Source("Library.Operation.MyFantasy.g.cs");
        Assert.Contains("public static partial class MyFantasyOperation", source, StringComparison.Ordinal);
        Assert.DoesNotContain("TemplateId", source, StringComparison.Ordinal);
        var withoutOwnOperation = GeneratorHarness.Run([Library.SchemaFile, BookDetails, FantasyForMembers, FantasyForStaff]);
        Assert.Equal(TemplateAttributes(withoutOwnOperation), TemplateAttributes(run)); // MyFantasyAsync has none
    }

    [Fact]
    public void IWlzTemplateId_picks_one_of_several_matching_templates()
    {
        var run = Run(Vendor(FantasyTitles, "LIB-0003"));

        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var operation = GeneratorHarness.CompileAndLoad(run).GetType("Acme.Library.MyFantasyOperation", throwOnError: true)!;
        Assert.Equal("LIB-0003", operation.GetField("TemplateId")!.GetRawConstantValue());
        Assert.Equal("LIB-0003", GeneratedAssembly.Get(operation.GetProperty("Descriptor")!.GetValue(null)!, "TemplateId"));
        Assert.True(TemplateAttributes(run) > TemplateAttributes(GeneratorHarness.Run([Library.SchemaFile, BookDetails, FantasyForMembers, FantasyForStaff])));
    }

    [Fact]
    public void IWlzTemplateId_that_the_client_does_not_have_is_an_error_listing_the_templates()
    {
        var run = Run(Vendor(FantasyTitles, "LIB-0009"));

        var error = Single(run, "IWLZGEN034", VendorPath, 1, 7);
        Assert.Contains("vendor.graphql sets IWlzTemplateId=\"LIB-0009\", but client 'Library' has no template with that ID", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Its templates are LIB-0001, LIB-0002, LIB-0003.", error.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Library.Operation.MyFantasy.g.cs");
    }

    [Fact]
    public void IWlzTemplateId_in_the_wrong_letter_case_is_an_error_that_says_so()
    {
        var run = Run(Vendor(FantasyTitles, "lib-0002"));

        var error = Single(run, "IWLZGEN034", VendorPath, 1, 7);
        Assert.Contains("IDs are case-sensitive: did you mean LIB-0002?", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWlzTemplateId_naming_a_template_the_operation_does_not_narrow_is_a_subset_error_for_that_template()
    {
        // A subset of LIB-0001, but the file names LIB-0002.
        var run = Run(Vendor("query MyBook($id: ID!) { book(id: $id) { title } }", "LIB-0002"));

        var error = Single(run, "IWLZGEN019", VendorPath, 1, 14);
        Assert.Contains("Operation 'MyBook' is not a subset of template LIB-0002, which IWlzTemplateId names: variable '$id' is not in template LIB-0002", error.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Library.Operation.MyBook.g.cs");
    }

    [Fact]
    public void IWlzTemplateId_naming_a_template_with_fewer_fields_reports_the_field_too_many()
    {
        var run = Run(Vendor("query MyFantasy($first: Int) { books(where: { genre: [FANTASY] }, first: $first) { title authors { name } } }", "LIB-0002"));

        var error = Assert.Single(run.WithId("IWLZGEN019"));
        Assert.Contains("not a subset of template LIB-0002, which IWlzTemplateId names: field 'books.authors' is not in template LIB-0002", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void IWlzTemplateId_on_a_client_without_templates_is_an_error()
    {
        var run = GeneratorHarness.Run([Library.SchemaFile, Vendor("query MyBook($id: ID!) { book(id: $id) { title } }", "LIB-0001")]);

        var error = Single(run, "IWLZGEN034", VendorPath, 1, 7);
        Assert.Contains("sets IWlzTemplateId=\"LIB-0001\", but client 'Library' has no templates", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_shipped_leveringsregister_templates_a_subset_of_the_three_identical_documents_needs_a_name()
    {
        var levering = """
            query MijnLevering($bemiddelingspecificatieIDInformatief: UUID!) {
              levering(where: { bemiddelingspecificatieID: { eq: $bemiddelingspecificatieIDInformatief } }) { leveringID }
            }
            """;
        var ambiguous = RunShipped("Leveringsregister", levering, null);
        var warning = Assert.Single(ambiguous.WithId("IWLZGEN035"));
        Assert.Contains("(QLR-0001_1-ZA, QLR-0001_2-ZA, QLR-0009-ZK)", warning.GetMessage(), StringComparison.Ordinal);

        var named = RunShipped("Leveringsregister", levering, "QLR-0001_2-ZA");
        Assert.Empty(named.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var operation = GeneratorHarness.CompileAndLoad(named).GetType("Acme.Leveringsregister.MijnLeveringOperation", throwOnError: true)!;
        Assert.Equal("QLR-0001_2-ZA", operation.GetField("TemplateId")!.GetRawConstantValue());
    }

    [Fact]
    public void With_the_shipped_bemiddelingsregister_templates_the_documented_example_carries_QBR_0001_ZA()
    {
        // docs/generator.md, "Adding your own operations".
        var run = RunShipped("Bemiddelingsregister", """
            query MijnSpecificatie($BemiddelingspecificatieID: UUID!, $Instelling: String!) {
              bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: $Instelling } }) {
                bemiddelingspecificatieID
                zzpCode
              }
            }
            """, null);

        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var operation = GeneratorHarness.CompileAndLoad(run).GetType("Acme.Bemiddelingsregister.MijnSpecificatieOperation", throwOnError: true)!;
        Assert.Equal("QBR-0001-ZA", operation.GetField("TemplateId")!.GetRawConstantValue());
    }

    private static int TemplateAttributes(GeneratorRun run) =>
        run.Source("Library.Client.g.cs").Split(".GraphQLTemplate(").Length - 1;

    private static GeneratorRun Run(GraphQLFile vendor) =>
        GeneratorHarness.Run([Library.SchemaFile, BookDetails, FantasyForMembers, FantasyForStaff, vendor]);

    private static GraphQLFile Vendor(string text, string? templateId = null) => new(
        VendorPath,
        text,
        templateId is null ? null : new Dictionary<string, string> { ["IWlzClient"] = "Library", ["IWlzTemplateId"] = templateId });

    private static GraphQLFile Template(string id, string text, string? operationName = null)
    {
        var metadata = new Dictionary<string, string> { ["IWlzClient"] = "Library", ["IWlzTemplate"] = "true", ["IWlzTemplateId"] = id };
        if (operationName is not null)
        {
            metadata["IWlzOperationName"] = operationName; // the two templates share an operation name, as the shipped ones do
        }

        return new GraphQLFile($"/src/Library/templates/{id}.graphql", text, metadata);
    }

    /// <summary>The register's schema and published templates as the IWlz.Client package adds them (not generated), plus one own operation.</summary>
    private static GeneratorRun RunShipped(string register, string operation, string? templateId)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "IWlz.Client", "Schemas", register);
        var files = new List<GraphQLFile>
        {
            new($"/pkg/graphql/{register}/schema.graphql", File.ReadAllText(Path.Combine(folder, "schema.graphql")), new Dictionary<string, string> { ["IWlzClient"] = register, ["IWlzGenerate"] = "false" }),
        };
        foreach (var template in Directory.EnumerateFiles(Path.Combine(folder, "operations"), "*.graphql").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(template);
            files.Add(new GraphQLFile($"/pkg/graphql/{register}/operations/{id}.graphql", File.ReadAllText(template), new Dictionary<string, string>
            {
                ["IWlzClient"] = register,
                ["IWlzTemplate"] = "true",
                ["IWlzTemplateId"] = id,
                ["IWlzGenerate"] = "false",
            }));
        }

        var metadata = new Dictionary<string, string> { ["IWlzClient"] = register };
        if (templateId is not null)
        {
            metadata["IWlzTemplateId"] = templateId;
        }

        files.Add(new GraphQLFile("/src/GraphQL/mine.graphql", operation, metadata));
        return GeneratorHarness.Run(files);
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

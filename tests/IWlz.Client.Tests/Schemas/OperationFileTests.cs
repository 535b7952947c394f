using GraphQLParser;
using GraphQLParser.AST;

namespace IWlz.Client.Tests.Schemas;

public sealed class OperationFileTests
{
    public static TheoryData<string> Clients() => new(TestFiles.Clients);

    private static readonly string[] ExpectedTemplates =
    [
        "QBR-0001-ZA", "QBR-0002-ZA", "QBR-0003-ZA", "QBR-0004-ZKu", "QBR-0005-ZKu", "QBR-0006-ZKu",
        "QBR-0007-ZKn", "QBR-0008-ZKn", "QBR-0009-ZAr", "QBR-0010-CIZ",
        "QIR-0001-ZKi", "QIR-0004-ZKu",
        "QLR-0001_1-ZA", "QLR-0001_2-ZA", "QLR-0002-ZA", "QLR-0003-ZK", "QLR-0004-ZK", "QLR-0006-ZK", "QLR-0007-ZK", "QLR-0009-ZK",
        "zendMelding", "zendNotificatie",
    ];

    [Fact]
    public void Exactly_the_decided_templates_are_shipped()
    {
        var shipped = TestFiles.Clients.SelectMany(TestFiles.OperationPaths).Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(ExpectedTemplates.Order(StringComparer.Ordinal), shipped.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void Every_operation_parses_to_one_named_operation_with_a_name_unique_in_its_client(string client)
    {
        var names = new List<string>();
        foreach (var path in TestFiles.OperationPaths(client))
        {
            var document = Parser.Parse(File.ReadAllText(path));

            var operation = Assert.IsAssignableFrom<GraphQLOperationDefinition>(Assert.Single(document.Definitions));
            Assert.NotNull(operation.Name);
            names.Add(operation.Name.StringValue);
        }

        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_operation_sends_the_reference_selection_and_variables_after_the_recorded_corrections()
    {
        var expected = File.ReadAllLines(TestFiles.OutputFixture("Schemas", "Fixtures", "operations.tokens.txt"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        var actual = TestFiles.Clients.SelectMany(TestFiles.OperationPaths)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => OperationTokens.Hash(File.ReadAllText(p)), StringComparer.Ordinal);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Token_canonical_form_ignores_layout_comments_and_the_operation_name_only()
    {
        const string original = "query A($id: UUID!) { thing(where: {id: {eq: $id}}) { id name } }";
        const string relaidOut = "# header\nquery Renamed(\n  $id: UUID!\n) {\n  thing(where: { id: { eq: $id } }) {\n    id, name # trailing\n  }\n}\n";
        const string changedSelection = "query A($id: UUID!) { thing(where: {id: {eq: $id}}) { id } }";
        const string changedVariable = "query A($id: UUID) { thing(where: {id: {eq: $id}}) { id name } }";

        Assert.Equal(OperationTokens.Canonical(original), OperationTokens.Canonical(relaidOut));
        Assert.NotEqual(OperationTokens.Canonical(original), OperationTokens.Canonical(changedSelection));
        Assert.NotEqual(OperationTokens.Canonical(original), OperationTokens.Canonical(changedVariable));
    }
}

using System.Text;
using IWlz.Client.Generator.Tests.Infrastructure;

namespace IWlz.Client.Generator.Tests;

/// <summary>The generator never throws: bad input of any kind becomes diagnostics, and valid operations still generate.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, string> BadDocuments => new()
    {
        { "empty", string.Empty },
        { "whitespace", " \r\n\t\n" },
        { "garbage", "}{)(!@#$%^&*_+=-~`:;'\"<>,.?/|\\" },
        { "unterminated string", "query Q { book(id: \"1) { title } }" },
        { "unterminated block string", "query Q { book(id: \"\"\"1) { title } }" },
        { "binary noise", BinaryNoise() },
        { "nul characters", "query Q {\0\0\0}" },
        { "deep selection nesting", "query Q { " + string.Concat(Enumerable.Repeat("book(id: \"1\") { authors { books { ", 60)) + "id" + new string('}', 181) + " }" },
        { "deep list nesting", "query Q { book(id: " + new string('[', 5000) + new string(']', 5000) + ") { id } }" },
        { "deep object nesting", "query Q { books(where: " + string.Concat(Enumerable.Repeat("{ and: [", 400)) + "{}" + string.Concat(Enumerable.Repeat("] }", 400)) + ") { id } }" },
        { "huge flat document", string.Concat(Enumerable.Range(0, 50).Select(i => $"query Q{i} {{ now }}\n")) + new string(' ', 1_000_000) + "query Last { now }" },
        { "very long name", "query " + new string('a', 100_000) + " { now }" },
        { "unicode", "query Zoek€ { now }" },
        { "schema keywords in operations", "type Query { now: String } query Q { now }" },
        { "only a fragment", "fragment F on Book { title }" },
        { "spread cycle through itself", "query Q { book(id: \"1\") { ...F } } fragment F on Book { ...F }" },
        { "unknown everything", "query Q($a: Nope) { nope(x: $b) @nope { ...Nope ... on Nope { nope } } }" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_operations_document_gives_diagnostics_and_no_exception(string name, string text)
    {
        _ = name;
        var run = GeneratorHarness.Run(Library.With(text));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "IWLZGEN999");
        Assert.DoesNotContain(run.Diagnostics, d => !d.Id.StartsWith("IWLZGEN", StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.CompilerProblems(run).Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_schema_gives_diagnostics_and_no_exception(string name, string text)
    {
        _ = name;
        var run = GeneratorHarness.Run([new GraphQLFile("/src/Library/schema.graphql", text), Library.OperationsFile]);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "IWLZGEN999");
        Assert.Contains(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || text.Trim().Length == 0 || d.Id == "IWLZGEN032");
        Assert.Empty(GeneratorHarness.CompilerProblems(run).Select(d => d.ToString()));
    }

    [Fact]
    public void Random_mutations_of_valid_files_never_crash_the_generator_or_produce_uncompilable_code()
    {
        var random = new Random(20240501);
        for (var i = 0; i < 150; i++)
        {
            var schema = Mutate(Library.Schema, random);
            var operations = Mutate(Library.Operations, random);
            var run = GeneratorHarness.Run([new GraphQLFile(Library.SchemaPath, schema), new GraphQLFile(Library.OperationsPath, operations)]);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "IWLZGEN999");
            var problems = GeneratorHarness.CompilerProblems(run);
            Assert.True(problems.Count == 0, $"Iteration {i} produced code that does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}{Environment.NewLine}--- schema ---{Environment.NewLine}{schema}{Environment.NewLine}--- operations ---{Environment.NewLine}{operations}");
        }
    }

    [Fact]
    public void One_invalid_operation_does_not_make_the_other_operations_disappear()
    {
        var run = GeneratorHarness.Run(Library.With(Library.Operations + "\nquery Broken { book(id: \"1\") { nope } }"));
        Assert.Single(run.WithId("IWLZGEN003"));
        Assert.Contains(run.Sources, s => s.HintName == "Library.Operation.GetBook.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Library.Operation.Broken.g.cs");
        Assert.Empty(GeneratorHarness.CompilerProblems(run).Select(d => d.ToString()));
    }

    [Fact]
    public void Names_that_clash_in_CSharp_are_renamed_and_still_compile()
    {
        const string schema = """
            type Query { result(input: Input): Item, item: Item, equals: Int, toString: String, Item: String }
            type Item { itemData: Int, item: Item2, class: String, _private: Int, getHashCode: Int }
            type Item2 { value: Int }
            enum Kind { class VALUE Value }
            input Input { input: Int, inputIsSet: Boolean, kind: Kind }
            """;
        const string operations = """
            query Result($input: Input) {
              result(input: $input) { itemData item { value } class _private getHashCode }
              item { item { value } }
              equals
              toString
              Item
            }
            """;
        var run = GeneratorHarness.Run(
            [new GraphQLFile("/src/Clash/schema.graphql", schema), new GraphQLFile("/src/Clash/ops.graphql", operations)]);
        var assembly = GeneratorHarness.CompileAndLoad(run);
        var result = assembly.GetType("Acme.Clash.ResultResult", throwOnError: true)!;
        Assert.Equal(["Result", "Item", "Equals2", "ToString2", "Item2"], result.GetProperties().Select(p => p.Name));
        Assert.Equal(["class", "VALUE", "Value"], Enum.GetNames(assembly.GetType("Acme.Clash.Kind", throwOnError: true)!));
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var position = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(position, Math.Min(random.Next(1, 30), builder.Length - position));
                    break;
                case 1:
                    builder.Insert(position, "{}()[]!:$@.\"#=,|&"[random.Next(17)]);
                    break;
                case 2:
                    var from = random.Next(builder.Length);
                    var length = Math.Min(random.Next(1, 40), builder.Length - from);
                    builder.Insert(position, builder.ToString(from, length));
                    break;
                default:
                    builder[position] = (char)random.Next(32, 127);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string BinaryNoise()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }
}

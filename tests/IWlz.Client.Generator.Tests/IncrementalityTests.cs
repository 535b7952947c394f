using System.Collections.Immutable;
using IWlz.Client.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IWlz.Client.Generator.Tests;

/// <summary>The pipeline caches: unrelated edits re-run nothing, and a .graphql edit re-runs only what depends on it.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] StepNames = ["IWlz.Options", "IWlz.Files", "IWlz.Parse", "IWlz.Clients", "IWlz.Generate"];

    private static readonly GraphQLFile[] TwoClients =
    [
        Library.SchemaFile,
        Library.OperationsFile,
        new("/src/Shop/schema.graphql", "type Query { product(id: ID!): Product } type Product { id: ID! name: String! }"),
        new("/src/Shop/operations/products.graphql", "query Product($id: ID!) { product(id: $id) { id name } }"),
    ];

    [Fact]
    public void Editing_an_unrelated_cs_file_reruns_no_step()
    {
        var driver = GeneratorHarness.CreateDriver(TwoClients, out _);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        driver = driver.RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("namespace Consumer { internal static class A { public static int B => 1; } }", GeneratorHarness.ParseOptions, tree.FilePath));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        foreach (var name in StepNames)
        {
            var reasons = Reasons(result, name);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_a_graphql_file_reruns_only_that_file_and_its_client()
    {
        var driver = GeneratorHarness.CreateDriver(TwoClients, out var texts);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        driver = driver.RunGenerators(compilation);

        var shopOperations = texts.Single(t => t.Path == "/src/Shop/operations/products.graphql");
        driver = driver.ReplaceAdditionalText(
            shopOperations,
            new GeneratorHarness.InMemoryAdditionalText(shopOperations.Path, "query Product($id: ID!) { product(id: $id) { name } }"));
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.All(Reasons(result, "IWlz.Options"), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(1, Reasons(result, "IWlz.Files").Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(3, Reasons(result, "IWlz.Files").Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, Reasons(result, "IWlz.Parse").Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(3, Reasons(result, "IWlz.Parse").Count(r => r == IncrementalStepRunReason.Cached));

        // Clients are ordered by name: Library, Shop.
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified], Reasons(result, "IWlz.Clients"));
        var generate = result.TrackedSteps["IWlz.Generate"].Select(step => step.Outputs.Single()).ToList();
        Assert.Equal(2, generate.Count);
        Assert.Contains(generate, o => o.Reason == IncrementalStepRunReason.Cached && ((IWlz.Client.Generator.Model.ClientOutput)o.Value).ClientName == "Library");
        Assert.Contains(generate, o => o.Reason == IncrementalStepRunReason.Modified && ((IWlz.Client.Generator.Model.ClientOutput)o.Value).ClientName == "Shop");
    }

    [Fact]
    public void Pipeline_values_compare_by_content()
    {
        // Two independent runs produce equal values, which is what lets the driver cache them.
        var first = GeneratorHarness.CreateDriver(TwoClients, out _).RunGenerators(GeneratorHarness.CreateCompilation(string.Empty)).GetRunResult().Results.Single();
        var second = GeneratorHarness.CreateDriver(TwoClients, out _).RunGenerators(GeneratorHarness.CreateCompilation(string.Empty)).GetRunResult().Results.Single();
        foreach (var name in StepNames)
        {
            var left = first.TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            var right = second.TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.Equal(left, right);
            Assert.Equal(left.Select(v => v.GetHashCode()), right.Select(v => v.GetHashCode()));
        }
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}

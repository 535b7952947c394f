using IWlz.Client.Generator.Tests.Infrastructure;
using IWlz.Client.TestCorpus;
using Microsoft.CodeAnalysis;

namespace IWlz.Client.Generator.Tests;

/// <summary>
/// The shared template-subset corpus (tests/Shared/TemplateSubset) against the build check: a request that
/// is not a subset of its template fails with IWLZGEN019, one that is compiles. The SDK's TemplateGuard and
/// the simulator's PEP run the same cases, so the three agree.
/// </summary>
public sealed class TemplateSubsetCorpusTests
{
    public static TheoryData<string> Cases => TemplateSubsetCorpus.Titles();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_build_check_gives_the_corpus_verdict(string title)
    {
        var item = TemplateSubsetCorpus.Case(title);
        var run = GeneratorHarness.Run(
            [
                new GraphQLFile("/src/Corpus/schema.graphql", TemplateSubsetCorpus.Schema),
                new GraphQLFile($"/src/Corpus/{item.TemplateName}.graphql", item.Template, new Dictionary<string, string>
                {
                    ["IWlzTemplate"] = "true",
                    ["IWlzTemplateId"] = item.TemplateName,
                    ["IWlzGenerate"] = "false",
                }),
                new GraphQLFile("/src/Corpus/request.graphql", item.Request),
            ]);

        // The corpus only holds valid requests: the subset rule is the only thing that may fail.
        var others = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "IWLZGEN019").ToList();
        Assert.True(others.Count == 0, string.Join(Environment.NewLine, others));

        var violation = run.WithId("IWLZGEN019").FirstOrDefault();
        if (item.Accept)
        {
            Assert.True(violation is null, violation?.GetMessage());
            Assert.Empty(GeneratorHarness.CompilerProblems(run));
        }
        else
        {
            Assert.True(violation is not null, $"'{title}' was accepted, but the corpus says it goes beyond template {item.TemplateName}.");
            Assert.Equal("/src/Corpus/request.graphql", violation.Location.GetLineSpan().Path);
        }
    }
}

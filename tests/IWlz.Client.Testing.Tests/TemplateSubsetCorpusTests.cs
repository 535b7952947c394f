using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;
using IWlz.Client.TestCorpus;
using IWlz.Client.Testing.Internal.Pep;

namespace IWlz.Client.Testing.Tests;

/// <summary>
/// The shared template-subset corpus (tests/Shared/TemplateSubset) against the simulator's PEP: the same
/// verdicts as the generator's IWLZGEN019 and the SDK's TemplateGuard, which run the same cases.
/// </summary>
public sealed class TemplateSubsetCorpusTests
{
    public static TheoryData<string> Cases => TemplateSubsetCorpus.Titles();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_PEP_gives_the_corpus_verdict(string title)
    {
        var item = TemplateSubsetCorpus.Case(title);
        var template = Parser.Parse(item.Template).Definitions.OfType<GraphQLOperationDefinition>().Single();
        var templateRoot = Assert.IsType<GraphQLField>(Assert.Single(template.SelectionSet.Selections));
        var document = Parser.Parse(item.Request);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var root = Assert.IsType<GraphQLField>(Assert.Single(operation.SelectionSet.Selections));

        // As TemplatePolicy does: only templates on the request's root field are candidates.
        var reason = root.Name.StringValue != templateRoot.Name.StringValue
            ? $"no template on '{root.Name.StringValue}'"
            : new SelectionMatcher(document, operation, JsonNode.Parse(item.VariablesJson)!.AsObject()).Match(template, templateRoot, root);

        if (item.Accept)
        {
            Assert.True(reason is null, reason);
        }
        else
        {
            Assert.True(reason is not null, $"'{title}' was accepted, but the corpus says it goes beyond template {item.TemplateName}.");
        }
    }
}

using IWlz.Client.Registers.Internal;
using IWlz.Client.TestCorpus;

namespace IWlz.Client.Tests.Registers;

/// <summary>
/// The shared template-subset corpus (tests/Shared/TemplateSubset) against the SDK's run-time check, with
/// the steps TemplateGuard takes for a document that claims a template: parse the request (one operation,
/// one root field), same operation type, same root field, then <see cref="TemplateSubset.FindExcess"/>.
/// The generator's IWLZGEN019 and the simulator's PEP run the same cases.
/// </summary>
public sealed class TemplateSubsetCorpusTests
{
    public static TheoryData<string> Cases => TemplateSubsetCorpus.Titles();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_run_time_check_gives_the_corpus_verdict(string title)
    {
        var item = TemplateSubsetCorpus.Case(title);
        var parsedTemplate = ExecutableDocumentParser.Parse(item.Template);
        var template = Assert.Single(parsedTemplate.Operations);
        var templateShape = SelectionShape.Build(template, parsedTemplate.Fragments);

        var request = DocumentAnalysis.Of(item.Request);
        Assert.True(request.Problem is null, request.ProblemText); // the corpus holds well-formed single-root requests

        var reason = request.Operation!.Kind != template.Kind ? "another operation type"
            : !TemplateSubset.SameRoot(request.Shape!, templateShape) ? "another root field"
            : TemplateSubset.FindExcess(request.Operation, request.Shape!, template, templateShape, item.TemplateName)?.Text;

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

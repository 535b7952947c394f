using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Testing.Internal.Pep;
using IWlz.Client.Testing.Internal.Schemas;

namespace IWlz.Client.Testing.Tests;

/// <summary>The simulated PEP enforces what the SDK's template catalogue says about each template.</summary>
public sealed class TemplateCatalogueConsistencyTests
{
    [Fact]
    public void Every_query_template_of_the_sdk_is_enforced_with_its_own_identity_variable()
    {
        var queries = TemplateCatalogue.All.Where(t => t.Kind == GraphQLOperationKind.Query).ToArray();
        Assert.NotEmpty(queries);
        Assert.Contains(queries, t => t.OwnIdentityVariable is not null);
        foreach (var descriptor in queries)
        {
            var kind = Enum.Parse<RegisterKind>(descriptor.Register.ToString());
            var template = Assert.Single(QueryTemplate.For(kind), t => t.Id == descriptor.TemplateId);
            Assert.Equal(descriptor.RootField, template.RootField);
            if (descriptor.OwnIdentityVariable is { } own)
            {
                Assert.Contains(own, template.Variables);
                Assert.Contains(own, TemplatePolicy.OwnIdentityVariables);
            }
        }
    }
}

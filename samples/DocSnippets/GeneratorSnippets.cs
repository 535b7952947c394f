using IWlz.Client.GraphQL;
using DocSnippets.Bemiddelingsregister;

namespace DocSnippets;

/// <summary>docs/generator.md: a vendor's own operation (GraphQL/MijnSpecificatie.graphql) on the Bemiddelingsregister.</summary>
internal static class GeneratorSnippets
{
    public static async Task OwnOperationAsync(IServiceProvider services, Guid id, CancellationToken cancellationToken)
    {
        // <snippet:generator-own-operation>
        var client = new MijnBemiddelingsregisterClient(services.GetRequiredService<IGraphQLExecutor>());
        var response = await client.MijnSpecificatieAsync(
            new MijnSpecificatieVariables { BemiddelingspecificatieID = id, Instelling = "12345678" },
            cancellationToken: cancellationToken);
        var data = response.GetDataOrThrow();
        // </snippet:generator-own-operation>
    }

    /// <summary>
    /// The build found the one template MijnSpecificatie narrows (docs/generator.md, step 4): without that,
    /// this constant would not exist and this project would not compile.
    /// </summary>
    public const string MijnSpecificatieTemplate = MijnSpecificatieOperation.TemplateId;
}

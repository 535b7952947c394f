using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using IWlz.Client.Testing.Internal.Schemas;

namespace IWlz.Client.Testing.Internal.Registers;

/// <summary>Executes one GraphQL request against a simulated register or netwerkpunt.</summary>
internal static class GraphQLRunner
{
    private static readonly DocumentExecuter Executer = new();

    public static GraphQLSerializer Serializer { get; } = new();

    /// <summary>Runs the request and returns the HTTP status and JSON body a GraphQL server would send.</summary>
    /// <remarks>
    /// Under <c>application/graphql-response+json</c> a response with data is 200 even with errors,
    /// and a request that fails as a whole (parse or validation error) is 400.
    /// </remarks>
    public static async Task<(int Status, string Body)> ExecuteAsync(
        RegisterKind kind,
        GraphQLRequest request,
        object root,
        IDictionary<string, object?> userContext,
        CancellationToken cancellationToken)
    {
        var result = await Executer.ExecuteAsync(options =>
        {
            options.Schema = RegisterSchemas.Get(kind);
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Root = root;
            options.UserContext = userContext;
            options.CancellationToken = cancellationToken;
            options.ThrowOnUnhandledException = false;
        }).ConfigureAwait(false);

        var body = Serializer.Serialize(result);
        var status = result.Executed ? 200 : 400;
        return (status, body);
    }
}

using IWlz.Client.GraphQL;

namespace IWlz.Client.Registers.Internal;

/// <summary>Sends one template for a typed register client and returns its root list.</summary>
internal static class RegisterCall
{
    public static async Task<IReadOnlyList<TItem>> ListAsync<TVariables, TData, TItem>(
        IGraphQLExecutor executor,
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        RegisterRequestOptions? options,
        Func<TData, IReadOnlyList<TItem>?> rootList,
        CancellationToken cancellationToken)
    {
        var response = await executor.ExecuteAsync(operation, variables, options?.ToGraphQL(), cancellationToken).ConfigureAwait(false);
        return rootList(response.GetDataOrThrow()) ?? [];
    }
}

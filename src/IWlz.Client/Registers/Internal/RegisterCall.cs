using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Registers.Internal;

/// <summary>Sends one template for a typed register client and returns its root list (never null: the generator reads a null list as empty).</summary>
internal sealed class RegisterCall(IGraphQLExecutor executor, IServiceDirectory? directory, IWlzRegister register)
{
    public async Task<IReadOnlyList<TItem>> ListAsync<TVariables, TData, TItem>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        RegisterRequestOptions? options,
        Func<TData, IReadOnlyList<TItem>> rootList,
        CancellationToken cancellationToken)
    {
        var callOptions = options?.ToGraphQL(register, directory);
        var response = await executor.ExecuteAsync(operation, variables, callOptions, cancellationToken).ConfigureAwait(false);
        return rootList(response.GetDataOrThrow());
    }
}

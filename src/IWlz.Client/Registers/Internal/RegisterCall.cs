using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;
using IWlz.Client.GraphQL.Internal;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// Sends one template for a typed register client and takes the root list from the response (never null: the
/// generator reads a null list as empty). The selection runs in the executor's own async frame, and this step
/// hands the executor's task on as it is, so a typed call has no async frame of its own: a failed call faults
/// one task and is thrown once, not rethrown through a second frame.
/// </summary>
internal sealed class RegisterCall(IGraphQLExecutor executor, IServiceDirectory? directory, IWlzRegister register)
{
    public Task<TResult> SendAsync<TVariables, TData, TResult>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        RegisterRequestOptions? options,
        Func<GraphQLResponse<TData>, TResult> select,
        CancellationToken cancellationToken)
    {
        GraphQLRequestOptions? callOptions;
        try
        {
            callOptions = options?.ToGraphQL(register, directory);
        }
        catch (Exception ex)
        {
            // Like every other failure of a call, through the returned task.
            return Task.FromException<TResult>(ex);
        }

        return SelectingExecution.ExecuteAsync(executor, operation, variables, callOptions, select, cancellationToken);
    }
}

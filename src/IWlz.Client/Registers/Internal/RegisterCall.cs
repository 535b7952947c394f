using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// Sends one template for a typed register client. The client awaits the response and takes its root list
/// (never null: the generator reads a null list as empty); this step hands the executor's task on as it is,
/// so a typed call has one async frame of its own, not two.
/// </summary>
internal sealed class RegisterCall(IGraphQLExecutor executor, IServiceDirectory? directory, IWlzRegister register)
{
    public Task<GraphQLResponse<TData>> SendAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        RegisterRequestOptions? options,
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
            return Task.FromException<GraphQLResponse<TData>>(ex);
        }

        return executor.ExecuteAsync(operation, variables, callOptions, cancellationToken);
    }
}

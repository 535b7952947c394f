namespace IWlz.Client.GraphQL;

/// <summary>
/// Executes generated GraphQL operations. Generated clients call this; the SDK's implementation
/// sends the request through the PEP with a token and mutual TLS. Tests may supply their own.
/// </summary>
public interface IGraphQLExecutor
{
    /// <summary>Sends one operation and returns its typed response.</summary>
    /// <typeparam name="TVariables">The generated variables type.</typeparam>
    /// <typeparam name="TData">The generated result data type.</typeparam>
    /// <param name="operation">The operation descriptor, from generated code.</param>
    /// <param name="variables">The variables to send.</param>
    /// <param name="options">Per-call options, such as the target service; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response: data, errors, or both.</returns>
    Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        CancellationToken cancellationToken);
}

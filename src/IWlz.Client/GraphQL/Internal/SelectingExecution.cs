namespace IWlz.Client.GraphQL.Internal;

/// <summary>Runs an operation and a selection on its response through any <see cref="IGraphQLExecutor"/>.</summary>
internal static class SelectingExecution
{
    /// <summary>
    /// The selection inside the executor's own frame when it supports that (the SDK's transport and template
    /// guard do); otherwise, for an executor supplied by the application, the response is awaited here.
    /// </summary>
    internal static Task<TResult> ExecuteAsync<TVariables, TData, TResult>(
        IGraphQLExecutor executor,
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        Func<GraphQLResponse<TData>, TResult> select,
        CancellationToken cancellationToken) =>
        executor is ISelectingGraphQLExecutor selecting
            ? selecting.ExecuteAsync(operation, variables, options, select, cancellationToken)
            : SelectAsync(executor.ExecuteAsync(operation, variables, options, cancellationToken), select);

    /// <summary>The identity selection: the response itself.</summary>
    internal static Func<GraphQLResponse<TData>, GraphQLResponse<TData>> Response<TData>() => ResponseOf<TData>.Select;

    private static async Task<TResult> SelectAsync<TData, TResult>(Task<GraphQLResponse<TData>> response, Func<GraphQLResponse<TData>, TResult> select) =>
        select(await response.ConfigureAwait(false));

    private static class ResponseOf<TData>
    {
        internal static readonly Func<GraphQLResponse<TData>, GraphQLResponse<TData>> Select = static response => response;
    }
}

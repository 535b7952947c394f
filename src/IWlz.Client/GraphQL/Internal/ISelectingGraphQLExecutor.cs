namespace IWlz.Client.GraphQL.Internal;

/// <summary>
/// An executor that can hand back a value taken from the response (for a typed register client: the data's root
/// list) as the result of its own task. A typed client would otherwise await the response in an async frame of its
/// own only to unwrap it, and a failed call would then fault two frames and be rethrown once more on the way out.
/// </summary>
internal interface ISelectingGraphQLExecutor
{
    /// <summary>Sends one operation and returns what <paramref name="select"/> takes from its response.</summary>
    /// <remarks>
    /// <paramref name="select"/> runs once the call has fully succeeded (audit record written); what it throws (such
    /// as <see cref="GraphQLResponseException"/> from <see cref="GraphQLResponse{TData}.GetDataOrThrow"/>) faults the
    /// returned task.
    /// </remarks>
    Task<TResult> ExecuteAsync<TVariables, TData, TResult>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        Func<GraphQLResponse<TData>, TResult> select,
        CancellationToken cancellationToken);
}

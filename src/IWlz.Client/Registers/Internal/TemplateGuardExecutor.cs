using IWlz.Client.GraphQL;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// An <see cref="IGraphQLExecutor"/> that checks every request with the <see cref="TemplateGuard"/> before
/// handing it to the executor that sends it. The SDK puts it in front of its transport, so generated
/// low-level clients, the typed register clients and hand-built operations are all checked.
/// </summary>
internal sealed class TemplateGuardExecutor(IGraphQLExecutor inner, TemplateGuard guard) : IGraphQLExecutor
{
    public IGraphQLExecutor Inner { get; } = inner;

    public TemplateGuard Guard { get; } = guard;

    /// <summary>Returns <paramref name="executor"/> guarded; an executor that is already guarded is reused, or re-guarded to switch the Leveringsregister on.</summary>
    public static TemplateGuardExecutor Ensure(IGraphQLExecutor executor, IWlzPartyIdentity identity, bool leveringsregister)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(identity);
        if (executor is TemplateGuardExecutor guarded)
        {
            return leveringsregister && !guarded.Guard.LeveringsregisterEnabled
                ? new TemplateGuardExecutor(guarded.Inner, new TemplateGuard(identity, leveringsregisterEnabled: true))
                : guarded;
        }

        return new TemplateGuardExecutor(executor, new TemplateGuard(identity, leveringsregister));
    }

    public Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        CancellationToken cancellationToken)
    {
        // Refusals surface through the returned task, like every other failure of a call. Not an async method:
        // the inner task is handed on as it is, without a state machine of its own per call.
        try
        {
            Guard.Check(operation, variables, options);
        }
        catch (Exception ex)
        {
            return Task.FromException<GraphQLResponse<TData>>(ex);
        }

        return Inner.ExecuteAsync(operation, variables, options, cancellationToken);
    }
}

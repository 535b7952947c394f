using IWlz.Client.Audit;
using IWlz.Client.Audit.Internal;
using IWlz.Client.GraphQL;
using IWlz.Client.GraphQL.Internal;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// An <see cref="IGraphQLExecutor"/> that checks every request with the <see cref="TemplateGuard"/> before
/// handing it to the executor that sends it. The SDK puts it in front of its transport, so generated
/// low-level clients, the typed register clients and hand-built operations are all checked.
/// A refusal is an auditable event (NEN 7513: an attempt to read that was refused), so it is recorded with
/// Resultaat 2 even though nothing was sent.
/// </summary>
internal sealed class TemplateGuardExecutor(IGraphQLExecutor inner, TemplateGuard guard, IAuditTrail? audit = null, TimeProvider? time = null) : IGraphQLExecutor, ISelectingGraphQLExecutor
{
    public IGraphQLExecutor Inner { get; } = inner;

    public TemplateGuard Guard { get; } = guard;

    public IAuditTrail? Audit { get; } = audit;

    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    /// <summary>Returns <paramref name="executor"/> guarded; an executor that is already guarded is reused, or re-guarded to switch the Leveringsregister on.</summary>
    public static TemplateGuardExecutor Ensure(IGraphQLExecutor executor, IWlzPartyIdentity identity, bool leveringsregister)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(identity);
        if (executor is TemplateGuardExecutor guarded)
        {
            return leveringsregister && !guarded.Guard.LeveringsregisterEnabled
                ? new TemplateGuardExecutor(guarded.Inner, new TemplateGuard(identity, leveringsregisterEnabled: true), guarded.Audit, guarded.Time)
                : guarded;
        }

        return new TemplateGuardExecutor(executor, new TemplateGuard(identity, leveringsregister));
    }

    public Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        CancellationToken cancellationToken) =>
        Refusal<TVariables, TData, GraphQLResponse<TData>>(operation, variables, options)
        ?? Inner.ExecuteAsync(operation, variables, options, cancellationToken);

    public Task<TResult> ExecuteAsync<TVariables, TData, TResult>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options,
        Func<GraphQLResponse<TData>, TResult> select,
        CancellationToken cancellationToken) =>
        Refusal<TVariables, TData, TResult>(operation, variables, options)
        ?? SelectingExecution.ExecuteAsync(Inner, operation, variables, options, select, cancellationToken);

    /// <summary>
    /// The refusal as a faulted task, or <see langword="null"/> when the request may be sent. Refusals surface
    /// through the returned task, like every other failure of a call. Not async: the inner task is handed on as it
    /// is, without a state machine of its own per call.
    /// </summary>
    private Task<TResult>? Refusal<TVariables, TData, TResult>(GraphQLOperation<TVariables, TData> operation, TVariables variables, GraphQLRequestOptions? options)
    {
        try
        {
            Guard.Check(operation, variables, options);
            return null;
        }
        catch (TemplateViolationException ex) when (Audit is { IsEnabled: true })
        {
            return RecordRefusalAsync<TResult>(operation.Name, operation.Kind, operation.RootFields, operation.ClientName, ex);
        }
        catch (Exception ex)
        {
            return Task.FromException<TResult>(ex);
        }
    }

    private async Task<TResult> RecordRefusalAsync<TResult>(
        string operationName, GraphQLOperationKind kind, IReadOnlyList<string> rootFields, string register, TemplateViolationException violation)
    {
        // No objects: the request never left the process, so no identifiers were disclosed to a register, and
        // the values the caller passed are not copied into the record.
        // The refusal itself is what the caller must see, even when audit logging is fail-closed.
        var record = AuditRecordFactory.ForOperation(operationName, kind, rootFields, register, objects: null, Time.GetUtcNow(), AuditResult.Refused, certificate: null, location: null);
        await Audit!.RecordFailureAsync(record).ConfigureAwait(false);
        throw violation;
    }
}

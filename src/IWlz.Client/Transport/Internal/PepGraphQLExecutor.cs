using System.Diagnostics;
using IWlz.Client.Audit;
using IWlz.Client.Audit.Internal;
using IWlz.Client.Certificates;
using IWlz.Client.Certificates.Internal;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Errors.Internal;
using IWlz.Client.GraphQL;
using IWlz.Client.GraphQL.Internal;
using IWlz.Client.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The SDK's <see cref="IGraphQLExecutor"/>: resolves the service, checks the certificate, and POSTs the
/// operation to the PEP through the certificate's named client (resilience → token → B3 → mutual TLS).
/// Around each call it keeps the span, the operation metrics, the log lines and the NEN 7513 audit record.
/// </summary>
internal sealed class PepGraphQLExecutor(
    IHttpClientFactory httpClientFactory,
    ICertificateProvider certificates,
    ClientCertificateRegistry certificateRegistry,
    ServiceRouter router,
    IOptionsMonitor<IWlzClientOptions> options,
    IAuditTrail audit,
    SdkMetrics metrics,
    TimeProvider time,
    ILogger<PepGraphQLExecutor> logger) : IGraphQLExecutor, ISelectingGraphQLExecutor
{
    // One constant header value instead of two parsed header objects per call; what goes on the wire is the same.
    private const string AcceptHeader = "application/graphql-response+json, application/json; q=0.9";

    private readonly TokenRequestCache _tokenRequests = new();
    private readonly NamedClientCache _clients = new(httpClientFactory, options, time);

    public Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? callOptions,
        CancellationToken cancellationToken) =>
        ExecuteAsync(operation, variables, callOptions, SelectingExecution.Response<TData>(), cancellationToken);

    /// <summary>
    /// The call. <paramref name="select"/> takes the caller's result from the response in this frame (a typed
    /// register client's root list), so that the caller needs no async frame of its own to unwrap it.
    /// </summary>
    /// <remarks>
    /// The call's frame hands back a completed task rather than a result: a result, or the PEP's error as a faulted
    /// task. So an error the PEP answered with is never thrown inside the SDK, only once, where the caller awaits it;
    /// throwing it in this frame as well cost a second throw, over a microsecond, on every refused call. <c>Unwrap</c>
    /// keeps everything else as it was: an exception thrown in the frame, and a cancellation with its own exception,
    /// reach the caller unchanged.
    /// </remarks>
    public Task<TResult> ExecuteAsync<TVariables, TData, TResult>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? callOptions,
        Func<GraphQLResponse<TData>, TResult> select,
        CancellationToken cancellationToken) =>
        CallAsync(operation, variables, callOptions, select, cancellationToken).Unwrap();

    private async Task<Task<TResult>> CallAsync<TVariables, TData, TResult>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? callOptions,
        Func<GraphQLResponse<TData>, TResult> select,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var templateId = callOptions?.TemplateId ?? operation.TemplateId;
        var profile = OperationProfile.For(operation);
        var tags = new OperationTags(
            profile.Kind,
            profile.Name,
            ReferenceEquals(templateId, operation.TemplateId) ? profile.TemplateId : SafeTag.NameOrOther(templateId),
            profile.Register);
        var call = new CallState(time.GetUtcNow(), time.GetTimestamp());

        // The per-call audit context is made ambient (over the caller's, which fills what it lacks), so the
        // token request of this call gets it too.
        using var auditScope = callOptions?.Audit is { } auditContext ? AuditContext.Use(auditContext.WithFallback(AuditContext.Current)) : null;
        var current = options.CurrentValue;
        using var activity = SdkActivity.StartInteraction(profile.SpanName, current.Tracing.Mode);
        tags.ApplyTo(activity);

        // One async frame for the whole call (the send is not a method of its own): the span, the audit
        // context and the outcome handling wrap the request directly.
        GraphQLResponse<TData>? response;
        IWlzException? refused;
        try
        {
            var (endpoint, scopes) = router.Resolve(operation.ClientName, operation.Kind, callOptions);
            tags.ServerAddress = endpoint.PepEndpoint.Host;
            if (activity.IsAllDataRequested)
            {
                activity.SetTag(TagNames.ServerAddress, tags.ServerAddress);
            }

            call.Location = endpoint.PepEndpoint;
            var certificate = await certificates.GetCertificateAsync(cancellationToken).ConfigureAwait(false);
            call.Certificate = certificate;
            CertificateGuard.EnsureUsable(certificate, current.Environment, time.GetUtcNow());
            var tokenRequest = _tokenRequests.Get(endpoint.TokenEndpoint, endpoint.ResourceUri, scopes, current.ActingOnBehalfOf, certificate);
            Tokens.Internal.TokenRequestRules.RequireHttpsUrl(endpoint.PepEndpoint, "PEP endpoint");
            certificateRegistry.Register(certificate);
            var client = _clients.Get(HttpClientNames.Pep(certificate.Thumbprint));

            using var body = GraphQLRequestWriter.Write(operation, profile, variables, out var variablesJson);
            if (audit.IsEnabled)
            {
                call.AuditObjects = AuditObjectReader.FromVariables(body.WrittenSpan[variablesJson]);
            }

            using var request = new SdkRequestMessage(HttpMethod.Post, endpoint.PepEndpoint) { Content = GraphQLRequestWriter.CreateContent(body) };
            request.Headers.TryAddWithoutValidation("Accept", AcceptHeader);
            var context = new RequestContext { Span = activity, Kind = operation.Kind, OperationName = operation.Name, TokenRequest = tokenRequest, Tags = tags }.AttachTo(request);

            HttpResponseMessage answer;
            try
            {
                answer = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TransportFailure.TryMap(ex, IWlzErrorSource.Pep, endpoint.PepEndpoint) is { } mapped)
            {
                if (ReferenceEquals(mapped, ex))
                {
                    throw;
                }

                throw mapped;
            }
            finally
            {
                call.LastWireSpan = context.WireSpan;
            }

            using (answer)
            {
                TransportLog.Answered(logger, operation.Name, (int)answer.StatusCode, answer.Content.Headers.ContentType?.MediaType ?? "no media type");
                var read = await GraphQLResponseReader.ReadAsync(
                    answer,
                    operation,
                    tokenRequest.Scopes,
                    current.Resilience.MaxResponseBodyBytes,
                    activity.TraceId.ToHexString(),
                    (call.LastWireSpan ?? activity).SpanId.ToHexString(),
                    time.GetUtcNow(),
                    cancellationToken).ConfigureAwait(false);
                response = read.Response;
                refused = read.Error;
            }
        }
        catch (Exception ex)
        {
            await Fail(operation, templateId, call, activity, tags, ex, cancellationToken).ConfigureAwait(false);
            throw;
        }

        if (refused is not null)
        {
            // The PEP's error is handled here and handed back as a faulted task, not thrown (see ExecuteAsync).
            await Fail(operation, templateId, call, activity, tags, refused, cancellationToken).ConfigureAwait(false);
            return Task.FromException<TResult>(refused);
        }

        var result = response!.IsPartial ? CallOutcome.Partial : CallOutcome.Success;
        if (activity.IsAllDataRequested)
        {
            activity.SetTag(TagNames.Status, result.Status);
        }

        if (response.IsPartial)
        {
            TransportLog.Partial(logger, operation.Name, response.Errors.Count);
        }

        metrics.OperationCompleted(tags, result.Status, null, time.GetElapsedTime(call.Timestamp));
        try
        {
            await AuditAsync(operation, call, AuditResult.Success, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Fail-closed: the caller gets no data without its audit record.
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag(TagNames.ErrorType, ex.GetType().Name);
            throw;
        }

        return Task.FromResult(select(response));
    }

    /// <summary>
    /// What a failed call leaves behind before its exception reaches the caller: the span's status, the
    /// metrics, a log line, the call context on an <see cref="IWlzException"/>, and the failure audit record.
    /// Not async: the caller awaits the audit write in its own frame.
    /// </summary>
    private ValueTask Fail<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        string? templateId,
        CallState call,
        Activity activity,
        OperationTags tags,
        Exception ex,
        CancellationToken cancellationToken)
    {
        var outcome = CallOutcome.For(ex);
        activity.SetStatus(ActivityStatusCode.Error);
        if (activity.IsAllDataRequested)
        {
            activity.SetTag(TagNames.Status, outcome.Status);
            activity.SetTag(TagNames.ErrorType, outcome.ErrorType);
        }

        metrics.OperationCompleted(tags, outcome.Status, outcome.ErrorType, time.GetElapsedTime(call.Timestamp));
        var spanId = call.LastWireSpan?.SpanId ?? activity.SpanId;
        switch (ex)
        {
            case IWlzException iwlz:
                TransportLog.Failed(logger, operation.Name, iwlz.Kind, iwlz.StatusCode);
                iwlz.WithCallContext(operation.Name, templateId, activity.TraceId.ToHexString(), spanId.ToHexString());
                break;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                TransportLog.Canceled(logger, operation.Name);
                break;
            default:
                TransportLog.FailedWith(logger, operation.Name, ex.GetType().Name);
                break;
        }

        return AuditFailureAsync(operation, call, outcome.Result);
    }

    private ValueTask AuditAsync<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, CallState call, AuditResult result, CancellationToken cancellationToken)
    {
        if (!audit.IsEnabled)
        {
            return ValueTask.CompletedTask;
        }

        return audit.RecordAsync(BuildRecord(operation, call, result), cancellationToken);
    }

    private static AuditRecord BuildRecord<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, CallState call, AuditResult result)
    {
        // The object list read from the body is handed to the record, so it is taken from the call.
        var objects = call.AuditObjects;
        call.AuditObjects = null;
        return AuditRecordFactory.ForOperation(
            operation.Name,
            operation.Kind,
            operation.RootFields,
            operation.ClientName,
            objects,
            call.StartedAt,
            result,
            call.Certificate,
            call.Location);
    }

    /// <summary>
    /// Writes the record of a refused or failed call. The call's own exception is what the caller must see,
    /// so a failing sink here is only logged (by the audit trail), even when audit logging is fail-closed.
    /// </summary>
    private ValueTask AuditFailureAsync<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, CallState call, AuditResult result) =>
        audit.IsEnabled ? audit.RecordFailureAsync(BuildRecord(operation, call, result)) : ValueTask.CompletedTask;

    /// <summary>What the executor learns during one call, for its metrics, exception and audit record.</summary>
    private sealed class CallState(DateTimeOffset startedAt, long timestamp)
    {
        internal DateTimeOffset StartedAt { get; } = startedAt;

        internal long Timestamp { get; } = timestamp;

        internal ClientCertificate? Certificate { get; set; }

        internal Uri? Location { get; set; }

        internal List<AuditObject>? AuditObjects { get; set; }

        internal Activity? LastWireSpan { get; set; }
    }
}

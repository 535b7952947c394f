using System.Diagnostics;
using System.Net.Http.Headers;
using IWlz.Client.Certificates;
using IWlz.Client.Certificates.Internal;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Errors.Internal;
using IWlz.Client.GraphQL;
using IWlz.Client.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The SDK's <see cref="IGraphQLExecutor"/>: resolves the service, checks the certificate, and POSTs the
/// operation to the PEP through the certificate's named client (resilience → token → B3 → mutual TLS).
/// </summary>
internal sealed class PepGraphQLExecutor(
    IHttpClientFactory httpClientFactory,
    ICertificateProvider certificates,
    ClientCertificateRegistry certificateRegistry,
    ServiceRouter router,
    IOptionsMonitor<IWlzClientOptions> options,
    TimeProvider time,
    ILogger<PepGraphQLExecutor> logger) : IGraphQLExecutor
{
    public async Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? options1,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var templateId = options1?.TemplateId ?? operation.TemplateId;
        var kindName = operation.Kind.ToString().ToLowerInvariant();
        using var activity = SdkActivity.Start($"{kindName} {operation.Name}");
        activity.SetTag("graphql.operation.type", kindName);
        activity.SetTag("graphql.operation.name", operation.Name);
        try
        {
            var response = await SendAsync(operation, variables, options1, activity, cancellationToken).ConfigureAwait(false);
            if (response.IsPartial)
            {
                TransportLog.Partial(logger, operation.Name, response.Errors.Count);
            }

            return response;
        }
        catch (IWlzException ex)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag("error.type", ex.Kind.ToString());
            TransportLog.Failed(logger, operation.Name, ex.Kind, ex.StatusCode);
            ex.WithCallContext(operation.Name, templateId, activity.TraceId.ToHexString(), activity.SpanId.ToHexString());
            throw;
        }
    }

    private async Task<GraphQLResponse<TData>> SendAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation,
        TVariables variables,
        GraphQLRequestOptions? callOptions,
        Activity activity,
        CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        var (endpoint, scopes) = router.Resolve(operation.ClientName, operation.Kind, callOptions);
        activity.SetTag("server.address", endpoint.PepEndpoint.Host);
        var certificate = await certificates.GetCertificateAsync(cancellationToken).ConfigureAwait(false);
        CertificateGuard.EnsureUsable(certificate, current.Environment, time.GetUtcNow());
        var tokenRequest = new NidTokenRequest(endpoint.TokenEndpoint, endpoint.ResourceUri, scopes, current.ActingOnBehalfOf, certificate);
        Tokens.Internal.TokenRequestRules.RequireHttpsUrl(endpoint.PepEndpoint, "PEP endpoint");
        certificateRegistry.Register(certificate);
        var client = httpClientFactory.CreateClient(HttpClientNames.Pep(certificate.Thumbprint));

        using var body = GraphQLRequestWriter.Write(operation, variables);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.PepEndpoint) { Content = GraphQLRequestWriter.CreateContent(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        request.Options.Set(RequestKeys.Activity, activity);
        request.Options.Set(RequestKeys.OperationKind, operation.Kind);
        request.Options.Set(RequestKeys.OperationName, operation.Name);
        request.Options.Set(RequestKeys.TokenRequest, tokenRequest);

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TransportFailure.TryMap(ex, IWlzErrorSource.Pep, endpoint.PepEndpoint) is { } mapped)
        {
            if (ReferenceEquals(mapped, ex))
            {
                throw;
            }

            throw mapped;
        }

        using (response)
        {
            TransportLog.Answered(logger, operation.Name, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "no media type");
            return await GraphQLResponseReader.ReadAsync(
                response,
                operation,
                tokenRequest.Scopes,
                current.Resilience.MaxResponseBodyBytes,
                activity.TraceId.ToHexString(),
                cancellationToken).ConfigureAwait(false);
        }
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The hand-written call the SDK is measured against: POST the GraphQL body (serialized with source generation,
/// sent with its length), read the answer as a stream with source generation, and throw on GraphQL errors.
/// </summary>
/// <remarks>
/// The request carries what iWlz asks of every request, as the SDK's does: the bearer token, the B3 trace
/// headers (<c>X-B3-TraceId</c> and <c>X-B3-SpanId</c>, mandatory on every network request; fresh random IDs per
/// call) and the GraphQL-over-HTTP <c>Accept</c> header. Until session 8 it sent neither, so it was a smaller request
/// than the SDK's and not one a PEP has to accept (docs/performance.md). It sends no <c>traceparent</c>: that one is
/// optional, and the SDK sends it only because HttpClient adds it under the SDK's span.
/// </remarks>
internal static class BaselineCall
{
    private const string Accept = "application/graphql-response+json, application/json; q=0.9";

    /// <summary>The QBR-0001-ZA request the baseline sends: the published operation for the benchmark's instelling.</summary>
    internal static BaselineRequest<QbrVariables> QbrRequest(Guid bemiddelingspecificatieId) => new()
    {
        Query = Bemiddelingsregister.BemiddelingspecificatieVoorZorgaanbiederOperation.Document,
        OperationName = Bemiddelingsregister.BemiddelingspecificatieVoorZorgaanbiederOperation.Name,
        Variables = new QbrVariables { BemiddelingspecificatieID = bemiddelingspecificatieId, Instelling = RecordedResponses.Instelling },
    };

    /// <summary>The QIR-0001-ZKi request the baseline sends: the published operation for the benchmark's zorgkantoor.</summary>
    internal static BaselineRequest<QirVariables> QirRequest(Guid wlzIndicatieId) => new()
    {
        Query = Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Document,
        OperationName = Indicatieregister.WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Name,
        Variables = new QirVariables { WlzIndicatieID = wlzIndicatieId, InitieelVerantwoordelijkZorgkantoor = RecordedResponses.Uzovi },
    };

    /// <summary>Sends a QBR-0001-ZA request. Hands <see cref="PostAsync"/>'s task on, so it adds no async frame.</summary>
    internal static Task<QbrData> PostQbrAsync(QueryClients clients, BaselineRequest<QbrVariables> body) =>
        PostAsync(clients, body, BaselineJsonContext.Default.BaselineRequestQbrVariables, BaselineJsonContext.Default.GraphQLEnvelopeQbrData);

    /// <summary>Sends a QIR-0001-ZKi request. Hands <see cref="PostAsync"/>'s task on, so it adds no async frame.</summary>
    internal static Task<QirData> PostQirAsync(QueryClients clients, BaselineRequest<QirVariables> body) =>
        PostAsync(clients, body, BaselineJsonContext.Default.BaselineRequestQirVariables, BaselineJsonContext.Default.GraphQLEnvelopeQirData);

    internal static async Task<TData> PostAsync<TVariables, TData>(
        QueryClients clients,
        BaselineRequest<TVariables> body,
        JsonTypeInfo<BaselineRequest<TVariables>> requestInfo,
        JsonTypeInfo<GraphQLEnvelope<TData>> responseInfo)
        where TData : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, clients.PepEndpoint)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, requestInfo)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", clients.BaselineToken);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        request.Headers.TryAddWithoutValidation("X-B3-TraceId", ActivityTraceId.CreateRandom().ToHexString());
        request.Headers.TryAddWithoutValidation("X-B3-SpanId", ActivitySpanId.CreateRandom().ToHexString());
        using var response = await clients.Baseline.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var envelope = await JsonSerializer.DeserializeAsync(stream, responseInfo).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || envelope?.Data is null)
            {
                var first = envelope?.Errors is { Count: > 0 } errors ? errors[0] : null;
                throw new BaselineGraphQLException((int)response.StatusCode, first?.Extensions?.Code, first?.Message ?? "The request failed.");
            }

            return envelope.Data;
        }
    }
}

/// <summary>The baseline's error: status, GraphQL error code and message.</summary>
internal sealed class BaselineGraphQLException(int statusCode, string? code, string message) : Exception(message)
{
    internal int StatusCode { get; } = statusCode;

    internal string? Code { get; } = code;
}

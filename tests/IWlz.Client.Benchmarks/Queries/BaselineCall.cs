using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The hand-written call the SDK is measured against: POST the GraphQL body (serialized with source generation,
/// sent with its length), read the answer as a stream with source generation, and throw on GraphQL errors.
/// </summary>
internal static class BaselineCall
{
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

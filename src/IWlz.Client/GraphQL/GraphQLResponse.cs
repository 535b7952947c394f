namespace IWlz.Client.GraphQL;

/// <summary>
/// A GraphQL response. A response can carry data and errors at once (a partial result):
/// check <see cref="Errors"/> before trusting <see cref="Data"/>, or call <see cref="GetDataOrThrow"/>.
/// </summary>
/// <typeparam name="TData">The generated result data type.</typeparam>
public sealed class GraphQLResponse<TData>
{
    /// <summary>Creates a response.</summary>
    /// <param name="data">The <c>data</c> member, or <see langword="null"/>.</param>
    /// <param name="errors">The <c>errors</c> member; <see langword="null"/> is read as empty.</param>
    public GraphQLResponse(TData? data, IReadOnlyList<GraphQLError>? errors)
    {
        Data = data;
        Errors = errors ?? [];
    }

    /// <summary>The result data, or <see langword="null"/> when the request failed as a whole.</summary>
    public TData? Data { get; }

    /// <summary>The GraphQL errors; never <see langword="null"/>, empty on full success.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The HTTP status code of the response, when it came over HTTP.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The B3 trace ID of the call, for support requests.</summary>
    public string? TraceId { get; init; }

    /// <summary>The B3 span ID of the request that got this answer (the last one, after retries), for support requests.</summary>
    public string? SpanId { get; init; }

    /// <summary><see langword="true"/> when there is data and no error.</summary>
    public bool IsSuccess => Data is not null && Errors.Count == 0;

    /// <summary><see langword="true"/> when there is data and at least one error.</summary>
    public bool IsPartial => Data is not null && Errors.Count > 0;

    /// <summary>Returns the data when the call fully succeeded; throws otherwise.</summary>
    /// <returns>The result data.</returns>
    /// <exception cref="GraphQLResponseException">The response has errors or no data.</exception>
    public TData GetDataOrThrow()
    {
        if (Data is not null && Errors.Count == 0)
        {
            return Data;
        }

        throw new GraphQLResponseException(Errors, Data is not null, TraceId) { SpanId = SpanId };
    }
}

namespace IWlz.Client.GraphQL;

/// <summary>
/// Thrown by <see cref="GraphQLResponse{TData}.GetDataOrThrow"/> when a response has errors or no data.
/// The message lists the error messages with possible BSNs and identifiers masked; it never contains variables.
/// </summary>
public sealed class GraphQLResponseException : Exception
{
    private readonly string? _spanId;
    private readonly string _message;

    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The GraphQL errors.</param>
    /// <param name="hasPartialData">Whether the response also carried data.</param>
    /// <param name="traceId">The B3 trace ID of the call, if known.</param>
    public GraphQLResponseException(IReadOnlyList<GraphQLError> errors, bool hasPartialData, string? traceId)
        : base(BuildMessage(errors, hasPartialData, traceId))
    {
        _message = base.Message;
        Errors = errors;
        HasPartialData = hasPartialData;
        TraceId = traceId;
    }

    /// <summary>The GraphQL errors of the response.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the response also carried (partial) data.</summary>
    public bool HasPartialData { get; }

    /// <summary>The B3 trace ID of the call, if known.</summary>
    public string? TraceId { get; }

    /// <summary>The B3 span ID of the request that got the answer, if known.</summary>
    public string? SpanId
    {
        get => _spanId;
        init
        {
            _spanId = value;
            _message = value is null ? _message : $"{_message} (span {value})";
        }
    }

    /// <inheritdoc />
    public override string Message => _message;

    private static string BuildMessage(IReadOnlyList<GraphQLError> errors, bool hasPartialData, string? traceId)
    {
        var what = errors.Count == 0
            ? "The GraphQL response has no data and no errors."
            : $"The GraphQL response has {errors.Count} error(s){(hasPartialData ? " next to partial data" : string.Empty)}: {IWlz.Client.Errors.Internal.ServerText.Mask(string.Join("; ", errors.Select(e => e.ToString())))}";
        return traceId is null ? what : $"{what} (trace {traceId})";
    }
}

using System.Globalization;
using System.Text;
using IWlz.Client.GraphQL;

namespace IWlz.Client;

/// <summary>
/// The one exception type for a failed call to the iWlz network: a transport failure, an nID error,
/// a PEP/PDP denial in any of its body formats, or a GraphQL request that failed as a whole.
/// <see cref="Kind"/> says what went wrong; docs/errors.md says what to do. The message never holds a
/// BSN (server text is scrubbed), a token or GraphQL variables.
/// </summary>
public sealed class IWlzException : Exception
{
    private readonly string _summary;

    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="source">Which hop produced the error.</param>
    /// <param name="summary">What happened and what to do; must not hold personal data, tokens or variables.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public IWlzException(IWlzErrorKind kind, IWlzErrorSource source, string summary, Exception? innerException = null)
        : base(summary, innerException)
    {
        Kind = kind;
        ErrorSource = source;
        _summary = summary ?? string.Empty;
    }

    /// <summary>What went wrong.</summary>
    public IWlzErrorKind Kind { get; }

    /// <summary>Which hop produced the error.</summary>
    public IWlzErrorSource ErrorSource { get; }

    /// <summary>The HTTP status code, when an answer came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The server's error code: GraphQL <c>extensions.code</c> or the legacy <c>ErrorCode</c>, when present.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The server's error text, scrubbed of possible BSNs and shortened, when present.</summary>
    public string? ServerMessage { get; init; }

    /// <summary>
    /// How long the server asked the client to wait before trying again: its <c>Retry-After</c> header
    /// (seconds or an HTTP date, turned into a wait from the moment the answer arrived). <see langword="null"/>
    /// when the answer had no such header (or the date had already passed).
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The GraphQL errors of the answer (messages scrubbed of possible BSNs); empty when there were none.</summary>
    public IReadOnlyList<GraphQLError> GraphQLErrors { get; init; } = [];

    /// <summary>The scopes the token was requested for, when the error concerns the token or its scopes.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The GraphQL operation name, when the error concerns an operation.</summary>
    public string? OperationName { get; internal set; }

    /// <summary>The iWlz query template ID (for example <c>QBR-0001-ZA</c>), when known.</summary>
    public string? TemplateId { get; internal set; }

    /// <summary>The B3 trace ID (32 hex) the call was sent with; quote it in support requests.</summary>
    public string? TraceId { get; internal set; }

    /// <summary>The B3 span ID (16 hex) the call was sent with.</summary>
    public string? SpanId { get; internal set; }

    /// <summary>The message: what happened, what to do, and the call's identifying context.</summary>
    public override string Message
    {
        get
        {
            var builder = new StringBuilder(_summary);
            var context = new List<string>(6);
            if (OperationName is not null)
            {
                context.Add($"operation {OperationName}");
            }

            if (TemplateId is not null)
            {
                context.Add($"template {TemplateId}");
            }

            if (StatusCode is { } status)
            {
                context.Add(string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
            }

            if (ErrorCode is not null)
            {
                context.Add($"code {ErrorCode}");
            }

            if (TraceId is not null)
            {
                context.Add($"trace {TraceId}");
            }

            if (SpanId is not null)
            {
                context.Add($"span {SpanId}");
            }

            if (ServerMessage is not null)
            {
                builder.Append(" Server said: \"").Append(ServerMessage).Append("\".");
            }

            if (context.Count > 0)
            {
                builder.Append(" (").AppendJoin(", ", context).Append(')');
            }

            return builder.ToString();
        }
    }

    /// <summary>Fills in the call context the lower layers do not know; keeps values already set.</summary>
    internal IWlzException WithCallContext(string? operationName, string? templateId, string? traceId, string? spanId)
    {
        OperationName ??= operationName;
        TemplateId ??= templateId;
        TraceId ??= traceId;
        SpanId ??= spanId;
        return this;
    }
}

using System.Diagnostics;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.GraphQL;
using IWlz.Client.Tokens;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// What the executor and the handlers tell each other about one request, as a field of the SDK's own
/// <see cref="SdkRequestMessage"/> (or, on a request made elsewhere, under the single <see cref="RequestKeys.Context"/>
/// option): set once by the sender, read by the resilience pipeline, the
/// token handler and the B3 handler, and written back by them (the span on the wire, the send count).
/// </summary>
internal sealed class RequestContext
{
    /// <summary>
    /// The SDK span of the call (query, mutation or token request); the first request sent carries its IDs.
    /// <see langword="null"/> for a request sent without the executor: the B3 handler then starts a span of its own.
    /// </summary>
    internal Activity? Span { get; init; }

    /// <summary>Query or mutation: decides what may be retried. Unknown requests count as mutations (never retried unsafely).</summary>
    internal GraphQLOperationKind Kind { get; init; } = GraphQLOperationKind.Mutation;

    /// <summary>The operation name, for log messages about retries and refreshed tokens.</summary>
    internal string? OperationName { get; init; }

    /// <summary>The token request whose token the token handler attaches (PEP requests only).</summary>
    internal NidTokenRequest? TokenRequest { get; init; }

    /// <summary>
    /// The token on the request now on the wire, set by the token handler (PEP requests only): the one the
    /// resilience handler drops when the PEP answers 401.
    /// </summary>
    internal NidAccessToken? Token { get; set; }

    /// <summary>The low-cardinality tags of the call, for the resend counter and the resend spans.</summary>
    internal OperationTags? Tags { get; init; }

    /// <summary>The span of the request now on the wire: the call's span, or a child span for a resend.</summary>
    internal Activity? WireSpan { get; set; }

    /// <summary>Whether <c>X-B3-ParentSpanId</c> is sent with this request.</summary>
    internal bool EmitParentSpanId { get; set; }

    /// <summary>How many times this request was handed to the socket handler so far.</summary>
    internal int SendCount { get; set; }

    /// <summary>Why the next send is a resend: set by the resilience handler before it resends after a 401.</summary>
    internal string? ResendReason { get; set; }

    /// <summary>The context of <paramref name="request"/>, or <see langword="null"/> when the SDK did not create it.</summary>
    internal static RequestContext? Of(HttpRequestMessage? request) => request switch
    {
        SdkRequestMessage own => own.Context,
        not null when request.Options.TryGetValue(RequestKeys.Context, out var context) => context,
        _ => null,
    };

    /// <summary>Attaches this context to <paramref name="request"/>.</summary>
    internal RequestContext AttachTo(HttpRequestMessage request)
    {
        if (request is SdkRequestMessage own)
        {
            own.Context = this;
        }
        else
        {
            request.Options.Set(RequestKeys.Context, this);
        }

        return this;
    }
}

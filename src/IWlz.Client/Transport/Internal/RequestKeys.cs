using System.Diagnostics;
using IWlz.Client.GraphQL;
using IWlz.Client.Tokens;

namespace IWlz.Client.Transport.Internal;

/// <summary>What the executor and the handlers tell each other about a request, through <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class RequestKeys
{
    /// <summary>The SDK span of the call (query, mutation or token request); the first request sent carries its IDs.</summary>
    internal static readonly HttpRequestOptionsKey<Activity> Activity = new("IWlz.Activity");

    /// <summary>The span of the request now on the wire: the call's span, or a child span for a resend.</summary>
    internal static readonly HttpRequestOptionsKey<Activity> WireSpan = new("IWlz.WireSpan");

    /// <summary>Whether <c>X-B3-ParentSpanId</c> is sent with this request.</summary>
    internal static readonly HttpRequestOptionsKey<bool> EmitParentSpanId = new("IWlz.EmitParentSpanId");

    /// <summary>How many times this request was handed to the socket handler so far.</summary>
    internal static readonly HttpRequestOptionsKey<int> SendCount = new("IWlz.SendCount");

    /// <summary>Why the next send is a resend: set by the token handler before it resends after a 401.</summary>
    internal static readonly HttpRequestOptionsKey<string> ResendReason = new("IWlz.ResendReason");

    /// <summary>Query or mutation: decides what may be retried.</summary>
    internal static readonly HttpRequestOptionsKey<GraphQLOperationKind> OperationKind = new("IWlz.OperationKind");

    /// <summary>The token request whose token the token handler attaches.</summary>
    internal static readonly HttpRequestOptionsKey<NidTokenRequest> TokenRequest = new("IWlz.TokenRequest");

    /// <summary>The operation name, for log messages about retries.</summary>
    internal static readonly HttpRequestOptionsKey<string> OperationName = new("IWlz.OperationName");

    /// <summary>The low-cardinality tags of the call, for the resend counter.</summary>
    internal static readonly HttpRequestOptionsKey<Diagnostics.Internal.OperationTags> Tags = new("IWlz.Tags");
}

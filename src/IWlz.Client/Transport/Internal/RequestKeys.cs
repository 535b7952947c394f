using System.Diagnostics;
using IWlz.Client.GraphQL;
using IWlz.Client.Tokens;

namespace IWlz.Client.Transport.Internal;

/// <summary>What the executor tells the handlers about a request, through <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class RequestKeys
{
    /// <summary>The SDK activity whose IDs become the B3 headers.</summary>
    internal static readonly HttpRequestOptionsKey<Activity> Activity = new("IWlz.Activity");

    /// <summary>Query or mutation: decides what may be retried.</summary>
    internal static readonly HttpRequestOptionsKey<GraphQLOperationKind> OperationKind = new("IWlz.OperationKind");

    /// <summary>The token request whose token the token handler attaches.</summary>
    internal static readonly HttpRequestOptionsKey<NidTokenRequest> TokenRequest = new("IWlz.TokenRequest");

    /// <summary>The operation name, for log messages about retries.</summary>
    internal static readonly HttpRequestOptionsKey<string> OperationName = new("IWlz.OperationName");
}

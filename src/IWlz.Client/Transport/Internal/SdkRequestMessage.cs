namespace IWlz.Client.Transport.Internal;

/// <summary>
/// A request the SDK creates itself (a PEP call or a token request), carrying its <see cref="RequestContext"/>
/// as a field. <see cref="HttpRequestMessage.Options"/> is a dictionary made on first use, so a field saves a
/// dictionary and its entries on every call; a request made elsewhere still carries its context as an option.
/// </summary>
internal sealed class SdkRequestMessage(HttpMethod method, Uri requestUri) : HttpRequestMessage(method, requestUri)
{
    /// <summary>The request's context, set once by whoever created the request.</summary>
    internal RequestContext? Context { get; set; }
}

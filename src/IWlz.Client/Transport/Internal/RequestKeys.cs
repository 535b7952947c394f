namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The one <see cref="HttpRequestMessage.Options"/> entry through which the executor (or the nID token client)
/// and the SDK's handlers share a request's <see cref="RequestContext"/>. One entry instead of one per value:
/// no boxed flags and counters, and one dictionary slot per request.
/// </summary>
internal static class RequestKeys
{
    /// <summary>The request's context, set by whoever creates the request and updated by the handlers.</summary>
    internal static readonly HttpRequestOptionsKey<RequestContext> Context = new("IWlz.RequestContext");
}

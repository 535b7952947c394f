using System.Diagnostics;
using IWlz.Client.Diagnostics.Internal;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Puts <c>X-B3-TraceId</c> and <c>X-B3-SpanId</c> on every attempt, taken from the SDK activity of the call.
/// It does not rely on HttpClient's own propagation, which may be switched off and has no B3 support.
/// </summary>
internal sealed class B3PropagationHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(RequestKeys.Activity, out var activity))
        {
            B3Headers.Apply(request, activity);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // A request sent without the executor (for example through a client a vendor created from the factory).
        using var own = SdkActivity.Start("iwlz http");
        B3Headers.Apply(request, own);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

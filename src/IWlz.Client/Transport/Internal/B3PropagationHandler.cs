using System.Diagnostics;
using IWlz.Client.Diagnostics;
using IWlz.Client.Diagnostics.Internal;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Puts <c>X-B3-TraceId</c> and <c>X-B3-SpanId</c> on every request that goes on the wire. It sits inside the
/// retry and token handlers, so it sees each attempt. The first attempt carries the IDs of the call's own
/// span; each resend (a retry, or the resend after a refused token) gets a child span of its own, so every
/// request the PEP or nID receives has a unique SpanId. It does not rely on HttpClient's own propagation,
/// which may be switched off and has no B3 support.
/// </summary>
internal sealed class B3PropagationHandler(IOptionsMonitor<IWlzClientOptions> options, SdkMetrics metrics) : DelegatingHandler
{
    private const string Retry = "retry";

    // Not an async method: the first send of a call (the common case) goes straight to SendOnAsync, so there is
    // one state machine per request here instead of two.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tracing = options.CurrentValue.Tracing;
        request.Options.TryGetValue(RequestKeys.SendCount, out var sent);
        request.Options.Set(RequestKeys.SendCount, sent + 1);
        request.Options.Set(RequestKeys.EmitParentSpanId, tracing.EmitParentSpanId);

        if (!request.Options.TryGetValue(RequestKeys.Activity, out var call))
        {
            // A request sent without the executor (for example through a client a vendor created from the factory).
            return SendUnderOwnSpanAsync(request, tracing, cancellationToken);
        }

        return sent == 0
            ? SendOnAsync(request, call, tracing.EmitParentSpanId, cancellationToken)
            : ResendAsync(request, call, sent, tracing, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendUnderOwnSpanAsync(HttpRequestMessage request, TracingOptions tracing, CancellationToken cancellationToken)
    {
        using var own = SdkActivity.StartInteraction("iwlz http", tracing.Mode);
        return await SendOnAsync(request, own, tracing.EmitParentSpanId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> ResendAsync(HttpRequestMessage request, Activity call, int sent, TracingOptions tracing, CancellationToken cancellationToken)
    {
        var reason = request.Options.TryGetValue(RequestKeys.ResendReason, out var r) && r is not null ? r : Retry;
        request.Options.Set(RequestKeys.ResendReason, Retry);
        request.Options.TryGetValue(RequestKeys.Tags, out var tags);
        metrics.Resent(tags, reason);

        using var resend = SdkActivity.StartChild(call.DisplayName, call);
        resend.SetTag(TagNames.ResendCount, sent);
        resend.SetTag(TagNames.ResendReason, reason);
        tags?.ApplyTo(resend);
        try
        {
            var response = await SendOnAsync(request, resend, tracing.EmitParentSpanId, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                resend.SetStatus(ActivityStatusCode.Error);
                resend.SetTag(TagNames.ErrorType, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return response;
        }
        catch (Exception ex)
        {
            resend.SetStatus(ActivityStatusCode.Error);
            resend.SetTag(TagNames.ErrorType, ex.GetType().Name);
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendOnAsync(HttpRequestMessage request, Activity span, bool emitParentSpanId, CancellationToken cancellationToken)
    {
        request.Options.Set(RequestKeys.WireSpan, span);
        B3Headers.Apply(request, span, emitParentSpanId);

        // The wire span is current while the request is sent, so HttpClient's own span (when a host listens to
        // System.Net.Http) nests under it.
        var previous = Activity.Current;
        Activity.Current = span;
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Activity.Current = previous;
        }
    }
}

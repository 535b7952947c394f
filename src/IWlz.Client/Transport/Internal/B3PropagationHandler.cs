using System.Diagnostics;
using IWlz.Client.Diagnostics;
using IWlz.Client.Diagnostics.Internal;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Puts <c>X-B3-TraceId</c> and <c>X-B3-SpanId</c> on every request that goes on the wire. It sits inside the
/// retry, so it sees each attempt. The first attempt carries the IDs of the call's own span; each resend (a
/// retry, or the resend after a refused token) gets a child span of its own, so every request the PEP or nID
/// receives has a unique SpanId. It does not rely on HttpClient's own propagation, which may be switched off
/// and has no B3 support. The PEP client's <see cref="TokenHandler"/> derives from it, so the token and the B3
/// headers are set in one step.
/// </summary>
internal class B3PropagationHandler(IOptionsMonitor<IWlzClientOptions> options, SdkMetrics metrics) : DelegatingHandler
{
    private const string Retry = "retry";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendWithB3Async(request, RequestContext.Of(request) ?? new RequestContext().AttachTo(request), cancellationToken);

    /// <summary>
    /// Sends one attempt with its B3 headers. Not an async method: the first send of a call (the common case)
    /// hands on the inner handler's task as it is, without a state machine of its own.
    /// </summary>
    protected Task<HttpResponseMessage> SendWithB3Async(HttpRequestMessage request, RequestContext context, CancellationToken cancellationToken)
    {
        var tracing = options.CurrentValue.Tracing;
        var sent = context.SendCount++;
        context.EmitParentSpanId = tracing.EmitParentSpanId;

        if (context.Span is not { } call)
        {
            // A request sent without the executor (for example through a client a vendor created from the factory).
            return SendUnderOwnSpanAsync(request, context, tracing, cancellationToken);
        }

        return sent == 0
            ? SendOnAsync(request, context, call, cancellationToken)
            : ResendAsync(request, context, call, sent, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendUnderOwnSpanAsync(HttpRequestMessage request, RequestContext context, TracingOptions tracing, CancellationToken cancellationToken)
    {
        using var own = SdkActivity.StartInteraction("iwlz http", tracing.Mode);
        return await SendOnAsync(request, context, own, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> ResendAsync(HttpRequestMessage request, RequestContext context, Activity call, int sent, CancellationToken cancellationToken)
    {
        var reason = context.ResendReason ?? Retry;
        context.ResendReason = Retry;
        metrics.Resent(context.Tags, reason);

        using var resend = SdkActivity.StartChild(call.DisplayName, call);
        resend.SetTag(TagNames.ResendCount, sent);
        resend.SetTag(TagNames.ResendReason, reason);
        context.Tags?.ApplyTo(resend);
        try
        {
            var response = await SendOnAsync(request, context, resend, cancellationToken).ConfigureAwait(false);
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

    private Task<HttpResponseMessage> SendOnAsync(HttpRequestMessage request, RequestContext context, Activity span, CancellationToken cancellationToken)
    {
        context.WireSpan = span;
        B3Headers.Apply(request, span, context.EmitParentSpanId);

        // The wire span is current while the request is sent, so HttpClient's own span (when a host listens to
        // System.Net.Http) nests under it. On a call's first send it already is (the executor made it current),
        // and the inner task is handed on without a state machine or a change of the ambient activity.
        return ReferenceEquals(Activity.Current, span)
            ? base.SendAsync(request, cancellationToken)
            : SendAsCurrentAsync(request, span, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsCurrentAsync(HttpRequestMessage request, Activity span, CancellationToken cancellationToken)
    {
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

using System.Diagnostics;
using System.Net.Http.Headers;
using IWlz.Client.Audit;
using IWlz.Client.Audit.Internal;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Errors.Internal;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Tokens.Internal;

/// <summary>Sends one token request to nID over mutual TLS and turns the answer into a token or a typed error.</summary>
internal sealed class NidTokenClient(
    IHttpClientFactory httpClientFactory,
    ClientCertificateRegistry certificates,
    IOptionsMonitor<IWlzClientOptions> options,
    IAuditTrail audit,
    SdkMetrics metrics,
    TimeProvider time,
    ILogger<NidTokenClient> logger)
{
    private const int MaxBodyChars = 64 * 1024;

    /// <summary>
    /// Sends the request in a span of its own: a child of the call that needs the token (so both share a
    /// TraceId), or a new interaction when the token is requested outside a call. Writes the Actiecode E
    /// audit record; a fail-closed sink failure fails the request, and the token is then not used.
    /// </summary>
    internal async Task<NidAccessToken> RequestAsync(NidTokenRequest request, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        using var activity = SdkActivity.StartWithinInteraction("nID token", options.CurrentValue.Tracing.Mode);
        var server = request.TokenEndpoint.Host;
        activity.SetTag(TagNames.ServerAddress, server);
        NidAccessToken token;
        Activity? wire = null;
        try
        {
            token = await SendAsync(request, activity, w => wire = w, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var outcome = CallOutcome.For(ex);
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag(TagNames.Status, outcome.Status);
            activity.SetTag(TagNames.ErrorType, outcome.ErrorType);
            metrics.TokenRequested(server, outcome.Status, outcome.ErrorType, time.GetElapsedTime(started));
            await AuditFailureAsync(request, startedAt, outcome.Result).ConfigureAwait(false);
            if (ex is IWlzException iwlz)
            {
                throw iwlz.WithCallContext(null, null, activity.TraceId.ToHexString(), (wire ?? activity).SpanId.ToHexString());
            }

            throw;
        }

        activity.SetTag(TagNames.Status, StatusValues.Success);
        metrics.TokenRequested(server, StatusValues.Success, null, time.GetElapsedTime(started));
        if (audit.IsEnabled)
        {
            try
            {
                await audit.RecordAsync(AuditRecordFactory.ForTokenRequest(request.Audience, request.TokenEndpoint, startedAt, AuditResult.Success, request.Certificate), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                activity.SetStatus(ActivityStatusCode.Error);
                activity.SetTag(TagNames.ErrorType, ex.GetType().Name);
                throw;
            }
        }

        return token;
    }

    private async Task AuditFailureAsync(NidTokenRequest request, DateTimeOffset startedAt, AuditResult result)
    {
        if (!audit.IsEnabled)
        {
            return;
        }

        // The token request's own failure is what the caller must see.
        await audit.RecordFailureAsync(AuditRecordFactory.ForTokenRequest(request.Audience, request.TokenEndpoint, startedAt, result, request.Certificate)).ConfigureAwait(false);
    }

    private async Task<NidAccessToken> SendAsync(NidTokenRequest request, Activity activity, Action<Activity?> wireSpan, CancellationToken cancellationToken)
    {
        certificates.Register(request.Certificate);
        var client = httpClientFactory.CreateClient(HttpClientNames.Nid(request.Certificate.Thumbprint));
        using var message = new SdkRequestMessage(HttpMethod.Post, request.TokenEndpoint) { Content = TokenRequestBody.Create(request) };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var context = new RequestContext { Span = activity, Kind = GraphQL.GraphQLOperationKind.Query }.AttachTo(message);
        TokenLog.Requesting(logger, request.Audience, request.Scopes);

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TransportFailure.TryMap(ex, IWlzErrorSource.TokenEndpoint, request.TokenEndpoint) is { } mapped)
        {
            throw mapped;
        }
        finally
        {
            wireSpan(context.WireSpan);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (body.Length > MaxBodyChars)
            {
                body = body[..MaxBodyChars];
            }

            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var token = TokenResponseReader.Read(body, time.GetUtcNow(), options.CurrentValue.Tokens);
                TokenLog.Received(logger, request.Audience, token.ExpiresAt);
                return token;
            }

            var kind = ErrorClassifier.ForTokenEndpoint(status, body);
            TokenLog.Refused(logger, request.Audience, kind, status);
            throw new IWlzException(kind, IWlzErrorSource.TokenEndpoint, ErrorClassifier.Describe(kind, IWlzErrorSource.TokenEndpoint))
            {
                StatusCode = status,
                ServerMessage = ServerText.Clean(body),
                Scopes = request.Scopes,
            };
        }
    }
}

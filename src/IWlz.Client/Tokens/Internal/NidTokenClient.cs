using System.Net.Http.Headers;
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
    TimeProvider time,
    ILogger<NidTokenClient> logger)
{
    private const int MaxBodyChars = 64 * 1024;

    internal async Task<NidAccessToken> RequestAsync(NidTokenRequest request, CancellationToken cancellationToken)
    {
        using var activity = SdkActivity.Start("nID token");
        try
        {
            return await SendAsync(request, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (IWlzException ex)
        {
            throw ex.WithCallContext(null, null, activity.TraceId.ToHexString(), activity.SpanId.ToHexString());
        }
    }

    private async Task<NidAccessToken> SendAsync(NidTokenRequest request, System.Diagnostics.Activity activity, CancellationToken cancellationToken)
    {
        certificates.Register(request.Certificate);
        var client = httpClientFactory.CreateClient(HttpClientNames.Nid(request.Certificate.Thumbprint));
        using var message = new HttpRequestMessage(HttpMethod.Post, request.TokenEndpoint) { Content = TokenRequestBody.Create(request) };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Options.Set(RequestKeys.Activity, activity);
        message.Options.Set(RequestKeys.OperationKind, GraphQL.GraphQLOperationKind.Query);
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

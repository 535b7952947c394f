using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using IWlz.Client.Audit;
using IWlz.Client.Inbox;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Handles one POST to the netwerkpunt: checks the caller, reads and validates the GraphQL request, stores
/// the message durably and only then answers 200 with the receiver's ID. Every refusal is a GraphQL error
/// with a 4xx status; a store failure is a 503 (not acknowledged, so the sender sends again).
/// </summary>
internal sealed class NetwerkpuntRequestHandler
{
    private const string CertificateCheckedKey = "IWlz.Netwerkpunt.ClientCertificateValid";
    private readonly INotificationInbox _inbox;
    private readonly NetwerkpuntOptions _options;
    private readonly IAuditTrail _audit;
    private readonly NetwerkpuntMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SchemaModel _schema = SchemaModel.Netwerkpunt;

    public NetwerkpuntRequestHandler(
        INotificationInbox inbox,
        IOptions<NetwerkpuntOptions> options,
        IAuditTrail audit,
        NetwerkpuntMetrics metrics,
        TimeProvider time,
        ILogger<NetwerkpuntRequestHandler> logger)
    {
        _inbox = inbox;
        _options = options.Value;
        _audit = audit;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var startedAt = _time.GetUtcNow();
        var (activity, outcome) = B3TraceContext.Start(context.Request);
        using (activity)
        {
            CallerContext? caller = null;
            string? rootField = null;
            InboundMessage? message = null;
            var traceId = activity.TraceId.ToHexString();
            context.Response.Headers[B3TraceContext.TraceIdHeader] = traceId;
            if (outcome != B3TraceContext.Outcome.Continued)
            {
                NetwerkpuntLog.TraceHeaders(_logger, outcome == B3TraceContext.Outcome.Missing ? "missing" : "invalid", traceId);
            }

            var mediaType = ResponseWriter.ChooseMediaType(context.Request);
            try
            {
                caller = await CheckCallerAsync(context, traceId).ConfigureAwait(false);
                var (mutation, read) = await ReadMessageAsync(context, caller, traceId).ConfigureAwait(false);
                rootField = mutation.RootField;
                message = read;
                activity.DisplayName = "mutation " + mutation.RootField;
                activity.SetTag("graphql.operation.type", "mutation");
                activity.SetTag("graphql.operation.name", mutation.RootField);

                if (_options.RequireSenderMatchesClaims && !ClaimsHeader.SenderMatches(caller, message.AfzenderIDType, message.AfzenderID))
                {
                    throw new NetwerkpuntRequestException(403, ErrorCodes.Forbidden, "The sender of the message (afzenderIDType/afzenderID) does not match the caller's client_id or sub claim.");
                }

                var stored = await StoreAsync(context, message, traceId).ConfigureAwait(false);
                if (stored is null)
                {
                    return;
                }

                message = stored.Value.Message;
                await AuditStoredAsync(context, message, rootField, caller, startedAt, traceId).ConfigureAwait(false);
                var status = stored.Value.IsDuplicate ? NetwerkpuntMetrics.Duplicate : NetwerkpuntMetrics.Accepted;
                activity.SetTag("iwlz.status", status);
                _metrics.Received(KindTag(message, rootField), message.EventType, status, null);
                await ResponseWriter.WriteDataAsync(context, mediaType, mutation, message).ConfigureAwait(false);
            }
            catch (NetwerkpuntRequestException error)
            {
                var status = error.StatusCode == StatusCodes.Status503ServiceUnavailable ? NetwerkpuntMetrics.Error : NetwerkpuntMetrics.Refused;
                activity.SetStatus(ActivityStatusCode.Error);
                activity.SetTag("error.type", error.Code);
                activity.SetTag("iwlz.status", status);
                _metrics.Received(KindTag(message, rootField), message?.EventType, status, error.Code);
                NetwerkpuntLog.Refused(_logger, error.StatusCode, error.Code, traceId);
                await AuditRefusalAsync(context, message, rootField, caller, startedAt, error.StatusCode).ConfigureAwait(false);
                if (error.StatusCode == StatusCodes.Status503ServiceUnavailable)
                {
                    context.Response.Headers.RetryAfter = "1";
                }

                if (!context.RequestAborted.IsCancellationRequested)
                {
                    await ResponseWriter.WriteErrorAsync(context, mediaType, error).ConfigureAwait(false);
                }
            }
        }
    }

    private static string? KindTag(InboundMessage? message, string? rootField) => message?.Kind switch
    {
        InboundMessageKind.Notificatie => "notificatie",
        InboundMessageKind.Melding => "melding",
        _ => rootField switch
        {
            "zendNotificatie" => "notificatie",
            "zendMelding" => "melding",
            _ => null,
        },
    };

    /// <summary>
    /// Writes the record of a stored message. When audit logging is fail-closed and the sink fails, the message
    /// stays stored but is not acknowledged (503): the sender sends it again, the repeat is recognised as a
    /// duplicate, and its record is written then.
    /// </summary>
    private async Task AuditStoredAsync(HttpContext context, InboundMessage message, string? rootField, CallerContext? caller, DateTimeOffset startedAt, string traceId)
    {
        if (!_audit.IsEnabled)
        {
            return;
        }

        try
        {
            await _audit.RecordAsync(ReceivedAudit.Create(message, rootField, caller, startedAt, AuditResult.Success, context.Request.Path), CancellationToken.None).ConfigureAwait(false);
        }
        catch (AuditFailedException)
        {
            NetwerkpuntLog.AuditFailed(_logger, traceId);
            throw new NetwerkpuntRequestException(503, ErrorCodes.ServiceUnavailable, "The message was stored, but its audit record could not be written, so it is NOT acknowledged; send it again.");
        }
    }

    /// <summary>Writes the record of a refused request; a failing sink is logged by the audit trail and changes nothing.</summary>
    private async Task AuditRefusalAsync(HttpContext context, InboundMessage? message, string? rootField, CallerContext? caller, DateTimeOffset startedAt, int statusCode)
    {
        if (!_audit.IsEnabled)
        {
            return;
        }

        var result = statusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden ? AuditResult.Refused : AuditResult.Error;
        try
        {
            await _audit.RecordAsync(ReceivedAudit.Create(message, rootField, caller, startedAt, result, context.Request.Path), CancellationToken.None).ConfigureAwait(false);
        }
        catch (AuditFailedException)
        {
            // Already logged by the audit trail (EventId 9001/9002); the refusal stands as it is.
        }
    }

    private async Task<CallerContext> CheckCallerAsync(HttpContext context, string traceId)
    {
        var certificate = context.Connection.ClientCertificate
            ?? await context.Connection.GetClientCertificateAsync(context.RequestAborted).ConfigureAwait(false);
        if (_options.RequireClientCertificate)
        {
            if (certificate is null)
            {
                throw new NetwerkpuntRequestException(403, ErrorCodes.Forbidden, "A TLS client certificate is required to call this netwerkpunt.");
            }

            CheckCertificate(context, certificate);
        }

        var (claims, claimsError) = ClaimsHeader.Read(context.Request.Headers[ClaimsHeader.Name].ToString(), _options.MaxClaimsHeaderLength);
        if (claimsError is not null)
        {
            NetwerkpuntLog.ClaimsUnreadable(_logger, traceId);
        }

        return new CallerContext
        {
            ClaimsJson = claims,
            ClaimsError = claimsError,
            ClientCertificateSubject = certificate?.Subject,
            ClientCertificateThumbprint = certificate is null ? null : ClientCertificateValidator.Sha256Thumbprint(certificate),
        };
    }

    private void CheckCertificate(HttpContext context, X509Certificate2 certificate)
    {
        // A connection keeps its certificate: validate it once per connection, not once per request.
        var items = context.Features.Get<IConnectionItemsFeature>()?.Items;
        if (items is not null && items.TryGetValue(CertificateCheckedKey, out var done) && done is true)
        {
            return;
        }

        if (!ClientCertificateValidator.IsValid(certificate, _options.ClientCertificateRoots, _options.AllowedClientCertificateThumbprints, _options.ClientCertificateRevocationMode, out var problem))
        {
            throw new NetwerkpuntRequestException(403, ErrorCodes.Forbidden, problem!);
        }

        if (items is not null)
        {
            items[CertificateCheckedKey] = true;
        }
    }

    private async Task<(ValidatedMutation Mutation, InboundMessage Message)> ReadMessageAsync(HttpContext context, CallerContext caller, string traceId)
    {
        CheckContentType(context.Request);
        var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        try
        {
            using var document = ParseJson(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new NetwerkpuntRequestException("The request body must be a JSON object with 'query' and optional 'operationName' and 'variables'.");
            }

            var query = OptionalString(root, "query") ?? throw new NetwerkpuntRequestException("The request has no 'query' string.");
            var operationName = OptionalString(root, "operationName");
            JsonElement? variables = root.TryGetProperty("variables", out var v) ? v : null;
            var mutation = DocumentValidator.Validate(_schema, query, operationName, variables, _options.MaxDepth);
            return (mutation, InboundMessageFactory.Create(mutation, caller, _time.GetUtcNow()));
        }
        catch (NetwerkpuntRequestException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A request must never crash the endpoint; an unforeseen failure is logged by type and refused.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            NetwerkpuntLog.UnexpectedRequestFailure(_logger, ex.GetType().Name, traceId);
            throw new NetwerkpuntRequestException("The request could not be read as a netwerkpunt mutation.", ex);
        }
    }

    private async Task<InboxAcceptResult?> StoreAsync(HttpContext context, InboundMessage message, string traceId)
    {
        var kind = message.Kind == InboundMessageKind.Notificatie ? "notificatie" : "melding";
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        budget.CancelAfter(_options.AcknowledgementTimeout);
        InboxAcceptResult result;
        try
        {
            result = await _inbox.AcceptAsync(message, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The sender hung up; it was not acknowledged and will send again.
            return null;
        }
        catch (OperationCanceledException)
        {
            NetwerkpuntLog.StoreTimeout(_logger, kind, _options.AcknowledgementTimeout, traceId);
            throw new NetwerkpuntRequestException(503, ErrorCodes.ServiceUnavailable, $"The {kind} could not be stored in time and is NOT acknowledged; send it again.");
        }
#pragma warning disable CA1031 // Whatever the store throws, the answer is "not acknowledged" (503), never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            NetwerkpuntLog.StoreFailed(_logger, kind, ex.GetType().Name, traceId, ex);
            throw new NetwerkpuntRequestException(503, ErrorCodes.ServiceUnavailable, $"The {kind} could not be stored and is NOT acknowledged; send it again.");
        }

        // Scrubbing the event type for the log costs more than the log call: do it only when the line is written.
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            return result;
        }

        var eventType = SafeEventType(result.Message.EventType);
        if (result.IsDuplicate)
        {
            NetwerkpuntLog.Duplicate(_logger, kind, result.Message.Id, eventType, traceId);
        }
        else
        {
            NetwerkpuntLog.Stored(_logger, kind, result.Message.Id, eventType, traceId);
        }

        return result;
    }

    private static string SafeEventType(string eventType)
    {
        var scrubbed = IWlz.Client.Privacy.SensitiveText.Scrub(eventType);
        var clean = new string(scrubbed.Where(c => !char.IsControl(c)).Take(120).ToArray());
        return clean.Length < scrubbed.Length ? clean + "…" : clean;
    }

    private static void CheckContentType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, ResponseWriter.JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw new NetwerkpuntRequestException(415, ErrorCodes.UnsupportedMediaType, "The request must have Content-Type application/json.");
        }

        var charset = contentType.Charset.Value;
        if (charset is not null && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) && !string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new NetwerkpuntRequestException(415, ErrorCodes.UnsupportedMediaType, "The request body must be UTF-8 encoded.");
        }
    }

    private async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var max = _options.MaxRequestBodySize;
        if (request.ContentLength > max)
        {
            throw new NetwerkpuntRequestException($"The request body is larger than the limit of {max} bytes.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(max + 1, (int)(request.ContentLength ?? 4096) + 1));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > max)
                    {
                        throw new NetwerkpuntRequestException($"The request body is larger than the limit of {max} bytes.");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(max + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                int read;
                try
                {
                    read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                }
                catch (BadHttpRequestException ex)
                {
                    throw new NetwerkpuntRequestException("The request body could not be read.", ex);
                }

                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > max)
                {
                    throw new NetwerkpuntRequestException($"The request body is larger than the limit of {max} bytes.");
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            // The body holds the notification's subjects (and in a melding possibly a BSN): cleared before the array
            // goes back to the process-wide pool.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    private JsonDocument ParseJson(byte[] body)
    {
        if (body.Length == 0)
        {
            throw new NetwerkpuntRequestException("The request body is empty; send a JSON object with 'query'.");
        }

        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = _options.MaxDepth });
        }
        catch (JsonException ex)
        {
            throw new NetwerkpuntRequestException(ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"The JSON body is nested deeper than the limit of {_options.MaxDepth} levels."
                : "The request body is not valid JSON.", ex);
        }
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new NetwerkpuntRequestException($"'{name}' must be a string.");
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw new NetwerkpuntRequestException($"'{name}' is not valid text.", ex);
        }
    }
}

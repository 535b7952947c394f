using System.Text;
using System.Text.Json;
using IWlz.Client.Errors.Internal;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Turns the PEP's answer into a <see cref="GraphQLResponse{TData}"/> (success, or partial data with errors)
/// or an <see cref="IWlzException"/> (everything else). Both <c>application/graphql-response+json</c> and
/// <c>application/json</c> are read; <c>text/plain</c> bodies (the PEP's 401) become the server message.
/// </summary>
internal static class GraphQLResponseReader
{
    /// <summary>
    /// Reads the answer. A PEP error comes back as <see cref="ReadResult{TData}.Error"/>, not thrown here: the
    /// executor throws it in its own frame, so the exception crosses one async frame fewer (each faulted frame
    /// costs an exception holder and a longer stack trace). Only a broken or oversized body is thrown. A
    /// <see cref="ValueTask{TResult}"/>: a body that is already buffered is read without a task object per answer.
    /// </summary>
    internal static async ValueTask<ReadResult<TData>> ReadAsync<TVariables, TData>(
        HttpResponseMessage response,
        GraphQLOperation<TVariables, TData> operation,
        IReadOnlyList<string> scopes,
        int maxBodyBytes,
        string traceId,
        string spanId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;

        // A 2xx JSON answer whose data metadata can be resumed is converted while it arrives; everything else
        // (the generated converters among it, see StreamingEnvelope) is read whole first.
        var envelopeInfo = status is >= 200 and < 300 && IsJson(mediaType) ? ResponseEnvelope<TData>.StreamingTypeInfo(operation.DataTypeInfo) : null;
        using var body = envelopeInfo is null ? NewBodyBuffer(response.Content, maxBodyBytes) : null;

        // The body is read here, not in a method of its own: one async frame per answer instead of two.
        if (body is not null)
        {
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    // With a declared length the buffer already holds it and one byte more, so the read that finds the end
                    // needs no bigger array; without one, reads go in 8 KB steps.
                    var step = response.Content.Headers.ContentLength is > 0 ? 1 : 8 * 1024;
                    int read;
                    while ((read = await stream.ReadAsync(body.GetMemory(step), cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        body.Advance(read);
                        if (body.WrittenCount > maxBodyBytes)
                        {
                            throw TooLarge(maxBodyBytes);
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                throw BrokeOff(ex);
            }
        }

        ResponseEnvelope<TData>? envelope = null;
        JsonException? parseError = null;
        if (envelopeInfo is not null)
        {
            (envelope, parseError) = await ReadWhileArrivingAsync(response, envelopeInfo, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        else if (IsJson(mediaType) && body!.WrittenCount > 0)
        {
            try
            {
                envelope = ResponseEnvelope<TData>.Parse(body.WrittenSpan, operation.DataTypeInfo);
            }
            catch (JsonException ex)
            {
                parseError = ex;
            }
        }

        if (status is >= 200 and < 300)
        {
            if (envelope is null)
            {
                var what = parseError is not null
                    ? $"The answer is not valid JSON for {operation.Name}, or its data does not fit the result type (at {parseError.Path ?? "the root"})."
                    : $"The answer has media type '{mediaType ?? "none"}', not application/graphql-response+json or application/json.";
                return new IWlzException(IWlzErrorKind.InvalidResponse, IWlzErrorSource.Pep, what, parseError) { StatusCode = status };
            }

            if (envelope.HasData)
            {
                return new GraphQLResponse<TData>(envelope.Data, envelope.Errors) { StatusCode = status, TraceId = traceId, SpanId = spanId };
            }

            if (envelope.Errors is not { Count: > 0 } && envelope.LegacyMessage is null)
            {
                return new IWlzException(IWlzErrorKind.InvalidResponse, IWlzErrorSource.Pep, "The answer has neither data nor errors.") { StatusCode = status };
            }

            var first = envelope.Errors?.FirstOrDefault();
            return new IWlzException(IWlzErrorKind.GraphQL, IWlzErrorSource.Pep, "The GraphQL request failed as a whole: data is null. The GraphQL errors say why.")
            {
                StatusCode = status,
                ErrorCode = ServerText.Code(first?.Code ?? envelope.LegacyCode),
                ServerMessage = ServerText.Clean(first?.Message ?? envelope.LegacyMessage),
                GraphQLErrors = Scrub(envelope.Errors),
            };
        }

        var firstError = envelope?.Errors?.FirstOrDefault();
        var code = firstError?.Code ?? envelope?.LegacyCode;
        var text = firstError?.Message ?? envelope?.LegacyMessage ?? (envelope is null ? DecodeText(body) : null);
        var classifyText = envelope?.Errors is { Count: > 0 } all ? (all.Count == 1 ? all[0].Message : string.Join(" | ", all.Select(e => e.Message))) : text;
        var kind = ErrorClassifier.ForPep(status, code, classifyText);
        return new IWlzException(kind, IWlzErrorSource.Pep, ErrorClassifier.Describe(kind, IWlzErrorSource.Pep))
        {
            StatusCode = status,
            ErrorCode = ServerText.Code(code),
            ServerMessage = ServerText.Clean(text),
            GraphQLErrors = Scrub(envelope?.Errors),
            Scopes = kind == IWlzErrorKind.ScopeMismatch ? scopes : [],
            RetryAfter = RetryAfter(response, now),
        };
    }

    /// <summary>
    /// Reads a 2xx JSON answer while it arrives: the envelope is converted chunk by chunk as the body comes in,
    /// instead of after the whole body was buffered. Offered by <see cref="ResponseEnvelope{TData}.StreamingTypeInfo"/>
    /// only for data metadata that can be resumed. The size limit and the broken-connection error are those of the
    /// buffered path; an empty body gives neither an envelope nor a parse error, as there.
    /// </summary>
    private static async Task<(ResponseEnvelope<TData>? Envelope, JsonException? ParseError)> ReadWhileArrivingAsync<TData>(
        HttpResponseMessage response,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<ResponseEnvelope<TData>> envelopeInfo,
        int maxBodyBytes,
        CancellationToken cancellationToken)
    {
        RefuseDeclaredOverLimit(response.Content, maxBodyBytes);
        ResponseEnvelope<TData>? envelope = null;
        JsonException? parseError = null;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var limited = new BodyLimitStream(stream, maxBodyBytes, TooLarge);
                try
                {
                    envelope = await JsonSerializer.DeserializeAsync(limited, envelopeInfo, cancellationToken).ConfigureAwait(false)
                        ?? throw new JsonException("The body is not a JSON object.");
                }
                catch (JsonException ex) when (limited.BytesRead > 0)
                {
                    parseError = ex;
                }
                catch (JsonException)
                {
                    // An empty body: reported as the buffered path reports it (no envelope, no parse error).
                }
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw BrokeOff(ex);
        }

        return (envelope, parseError);
    }

    /// <summary>
    /// The server's <c>Retry-After</c> as a wait: seconds as given, an HTTP date measured from the answer's own
    /// <c>Date</c> header when present (so clock skew between the hosts does not matter), else from now.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? now);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static bool IsJson(string? mediaType) =>
        mediaType is null
        || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static string? DecodeText(PooledBufferWriter? body)
    {
        if (body is null || body.WrittenCount == 0)
        {
            return null;
        }

        var length = Math.Min(body.WrittenCount, 4096);
        return Encoding.UTF8.GetString(body.WrittenSpan[..length]);
    }

    /// <summary>
    /// The errors with their messages masked. The list was read for this answer alone, so it is masked in place:
    /// an error whose message has nothing to mask is kept as it is.
    /// </summary>
    private static List<GraphQLError> Scrub(List<GraphQLError>? errors)
    {
        if (errors is null)
        {
            return [];
        }

        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            var masked = ServerText.Mask(error.Message);
            if (!ReferenceEquals(masked, error.Message))
            {
                errors[i] = new GraphQLError(masked) { Locations = error.Locations, Path = error.Path, Extensions = error.Extensions };
            }
        }

        return errors;
    }

    private static PooledBufferWriter NewBodyBuffer(HttpContent content, int maxBodyBytes)
    {
        var declared = RefuseDeclaredOverLimit(content, maxBodyBytes);
        return new PooledBufferWriter(declared is > 0 ? (int)declared.Value + 1 : 16 * 1024);
    }

    /// <summary>Refuses an answer whose declared <c>Content-Length</c> is over the limit before any of it is read; returns that length.</summary>
    private static long? RefuseDeclaredOverLimit(HttpContent content, int maxBodyBytes)
    {
        var declared = content.Headers.ContentLength;
        return declared > maxBodyBytes ? throw TooLarge(maxBodyBytes) : declared;
    }

    private static IWlzException TooLarge(int max) =>
        new(IWlzErrorKind.InvalidResponse, IWlzErrorSource.Pep, $"The answer is larger than IWlz:Resilience:MaxResponseBodyBytes ({max} bytes).");

    private static IWlzException BrokeOff(Exception cause) =>
        new(IWlzErrorKind.Transport, IWlzErrorSource.Pep, "The connection broke off while the answer was read.", cause);
}

/// <summary>What <see cref="GraphQLResponseReader"/> made of an answer: the response, or the error the executor throws.</summary>
internal readonly struct ReadResult<TData>
{
    private ReadResult(GraphQLResponse<TData>? response, IWlzException? error)
    {
        Response = response;
        Error = error;
    }

    internal GraphQLResponse<TData>? Response { get; }

    internal IWlzException? Error { get; }

    public static implicit operator ReadResult<TData>(GraphQLResponse<TData> response) => new(response, null);

    public static implicit operator ReadResult<TData>(IWlzException error) => new(null, error);

}

using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace IWlz.Client.Tokens.Internal;

/// <summary>
/// Writes the nID token request body: a JSON object (not form-encoded) with <c>grant_type</c>, <c>scope</c>,
/// <c>audience</c> and optionally <c>access_token.sub</c>. Nothing else: no client_id, secret or assertion.
/// </summary>
internal static class TokenRequestBody
{
    internal static ByteArrayContent Create(Tokens.NidTokenRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("grant_type", "client_credentials");
            writer.WriteString("scope", string.Join(' ', request.Scopes));
            writer.WriteString("audience", request.Audience.OriginalString);
            if (request.ActingOnBehalfOf is { } actor)
            {
                writer.WriteStartObject("access_token");
                writer.WriteString("sub", actor);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}

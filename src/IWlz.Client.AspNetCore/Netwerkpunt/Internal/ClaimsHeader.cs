using System.Text;
using System.Text.Json;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;

namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// Reads the PEP's <c>claims</c> header: the caller's token payload, as a JSON object, as base64url JSON,
/// or as a whole JWT of which the payload is taken. It is unsigned audit data: a header that cannot be
/// read is recorded as such and the message is still accepted.
/// </summary>
internal static class ClaimsHeader
{
    public const string Name = "claims";

    public static (string? Json, string? Error) Read(string? header, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return (null, null);
        }

        if (header.Length > maxLength)
        {
            return (null, $"The claims header is longer than {maxLength} characters and was not read.");
        }

        var text = header.Trim();
        if (text.StartsWith('{'))
        {
            return IsJsonObject(text) ? (text, null) : (null, "The claims header is not a valid JSON object.");
        }

        var parts = text.Split('.');
        var payload = parts.Length == 3 ? parts[1] : text;
        if (TryDecodeBase64Url(payload, out var decoded) && IsJsonObject(decoded))
        {
            return (decoded, null);
        }

        return (null, "The claims header is neither a JSON object nor base64url-encoded JSON.");
    }

    /// <summary>Whether the caller's <c>client_id</c> or <c>sub</c> names the sender of the message (for example <c>uzovi:5000</c> for UZOVI 5000).</summary>
    public static bool SenderMatches(CallerContext caller, string idType, string id)
    {
        foreach (var claim in new[] { caller.ClientId, caller.Subject })
        {
            if (string.IsNullOrEmpty(claim))
            {
                continue;
            }

            var separator = claim.IndexOf(':', StringComparison.Ordinal);
            if (separator < 0)
            {
                if (string.Equals(claim, id, StringComparison.Ordinal))
                {
                    return true;
                }

                continue;
            }

            var prefix = claim[..separator];
            var value = claim[(separator + 1)..];
            if (string.Equals(value, id, StringComparison.Ordinal)
                && IDTypes.TryParse(prefix, out var type)
                && string.Equals(IDTypes.ToWireValue(type), idType, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryDecodeBase64Url(string text, out string decoded)
    {
        decoded = string.Empty;
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[(base64.Length / 4) * 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return false;
        }

        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}

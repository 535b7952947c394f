using System.Text.Json;

namespace IWlz.Client.Inbox;

/// <summary>
/// Who called the netwerkpunt: the payload of the caller's token as the PEP forwards it in the
/// <c>claims</c> header, and the client certificate of the connection (the PEP's). The claims are
/// NOT signed: use them for audit and plausibility checks, never as proof of identity.
/// </summary>
public sealed class CallerContext
{
    private JsonElement? _claims;
    private bool _claimsParsed;

    /// <summary>A context without claims or certificate.</summary>
    public static CallerContext None { get; } = new();

    /// <summary>The claims as a JSON object text (decoded when the header was base64url), or <see langword="null"/> when the header was absent or unreadable.</summary>
    public string? ClaimsJson { get; init; }

    /// <summary>Why the <c>claims</c> header could not be read, or <see langword="null"/>. The message is still accepted.</summary>
    public string? ClaimsError { get; init; }

    /// <summary>The subject name of the client certificate of the connection, if there was one.</summary>
    public string? ClientCertificateSubject { get; init; }

    /// <summary>The SHA-256 thumbprint (upper-case hex) of the client certificate, if there was one.</summary>
    public string? ClientCertificateThumbprint { get; init; }

    /// <summary>The claims as a JSON object, or <see langword="null"/> when there are none.</summary>
    public JsonElement? Claims
    {
        get
        {
            if (!_claimsParsed)
            {
                _claims = Parse(ClaimsJson);
                _claimsParsed = true;
            }

            return _claims;
        }
    }

    /// <summary>The <c>client_id</c> claim, such as <c>uzovi:5000</c>, or <see langword="null"/>.</summary>
    public string? ClientId => GetString("client_id");

    /// <summary>The <c>sub</c> claim, or <see langword="null"/>.</summary>
    public string? Subject => GetString("sub");

    /// <summary>The <c>instantie_type</c> claim, or <see langword="null"/>.</summary>
    public string? InstantieType => GetString("instantie_type");

    /// <summary>The scopes of the caller's token, from a space-separated <c>scope</c> claim or a <c>scopes</c> array.</summary>
    public IReadOnlyList<string> Scopes
    {
        get
        {
            if (Claims is not { } claims)
            {
                return [];
            }

            if (claims.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.String)
            {
                return scope.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }

            if (claims.TryGetProperty("scopes", out var scopes) && scopes.ValueKind == JsonValueKind.Array)
            {
                return scopes.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray();
            }

            return [];
        }
    }

    /// <summary>Reads one claim.</summary>
    /// <param name="name">The claim name, case-sensitive.</param>
    /// <param name="value">The claim value when present.</param>
    /// <returns>Whether the claim is present.</returns>
    public bool TryGetClaim(string name, out JsonElement value)
    {
        if (Claims is { } claims && claims.TryGetProperty(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private string? GetString(string name) =>
        TryGetClaim(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Parties;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IWlz.Client.Testing.Internal.Tokens;

/// <summary>
/// The simulated nID authorization server (security.md §3): a JSON <c>client_credentials</c>
/// request over mutual TLS, one https audience, scopes the party's role may have, and acting on
/// behalf of another party only with a registered consent. It answers with a JWT shaped like nID's.
/// </summary>
internal sealed class NidTokenService
{
    private static readonly string[] ForbiddenFields = ["client_id", "client_secret", "client_assertion", "client_assertion_type", "resource", "authorization_details"];
    private readonly SimulatorContext context;
    private readonly JsonWebTokenHandler handler = new();

    public NidTokenService(SimulatorContext context) => this.context = context;

    public async Task HandleAsync(HttpContext http)
    {
        var actor = CertificateGate.Check(http, context, out var failure);
        if (actor is null)
        {
            await WriteErrorAsync(http, 403, failure == CertificateFailure.NotAllowed ? "access_denied" : "invalid_client", failure == CertificateFailure.NotAllowed ? "Not Allowed" : "Invalid Client Certificate").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsPost(http.Request.Method))
        {
            await WriteErrorAsync(http, 405, "invalid_request", "the token endpoint only accepts POST").ConfigureAwait(false);
            return;
        }

        if (http.Request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await WriteErrorAsync(http, 400, "invalid_request", "Content-Type must be application/json; nID does not accept a form-encoded body").ConfigureAwait(false);
            return;
        }

        JsonObject body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonObject>(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false)
                ?? throw new JsonException("empty body");
        }
        catch (JsonException)
        {
            await WriteErrorAsync(http, 400, "invalid_request", "the body is not a JSON object").ConfigureAwait(false);
            return;
        }

        var (status, error, description, token) = Issue(actor, body);
        if (token is null)
        {
            await WriteErrorAsync(http, status, error!, description!).ConfigureAwait(false);
            return;
        }

        var lifetime = (int)context.Options.TokenLifetime.TotalSeconds;
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(
            new JsonObject { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = lifetime }.ToJsonString(),
            http.RequestAborted).ConfigureAwait(false);
    }

    private (int Status, string? Error, string? Description, string? Token) Issue(SimulatedParty actor, JsonObject body)
    {
        foreach (var field in ForbiddenFields)
        {
            if (body.ContainsKey(field))
            {
                return (400, "invalid_request", $"'{field}' is not supported: nID authenticates the client by its certificate only", null);
            }
        }

        if (Text(body, "grant_type") != "client_credentials")
        {
            return (400, "unsupported_grant_type", "grant_type must be client_credentials", null);
        }

        var audience = Audience(body, out var audienceError);
        if (audience is null)
        {
            return (400, "invalid_request", audienceError, null);
        }

        var scopeText = Text(body, "scope");
        if (string.IsNullOrWhiteSpace(scopeText))
        {
            return (400, "invalid_scope", "scope is required", null);
        }

        var scopes = scopeText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        var subject = actor;
        if (body["access_token"] is { } accessToken)
        {
            var sub = accessToken is JsonObject o && o["sub"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var represented = sub is null ? null : context.Parties.FindBySubjectId(sub);
            if (represented is null || represented == actor || !represented.HasConsentFor(actor.VecozoId))
            {
                return (401, "unauthorized_client", "authenticating with issuing authority", null);
            }

            subject = represented;
        }

        var allowed = Scopes.AllowedFor(subject.Role);
        if (scopes.Any(s => !allowed.Contains(s)))
        {
            return (400, "invalid_scope", "Access denied, invalid scope", null);
        }

        return (200, null, null, CreateToken(actor, subject, audience, scopes));
    }

    private string CreateToken(SimulatedParty actor, SimulatedParty subject, string audience, string[] scopes)
    {
        var now = context.Time.GetUtcNow();
        var lifetime = context.Options.TokenLifetime;
        var notBefore = context.Faults.IssueExpiredTokens ? now - lifetime - TimeSpan.FromHours(1) : now;
        var expires = notBefore + lifetime;
        var jti = Guid.NewGuid().ToString("D");
        context.IssuedTokenEpochs[jti] = context.Faults.TokenEpoch;

        var inner = handler.CreateToken(
            new JsonObject
            {
                ["agb"] = subject.Role == PartyRole.Zorgaanbieder ? subject.Code : null,
                ["uzovi"] = subject.Role == PartyRole.Zorgkantoor ? subject.Code : null,
            }.ToJsonString(),
            new SigningCredentials(context.ClaimSourceKey, SecurityAlgorithms.HmacSha256));

        var acting = subject != actor;
        var payload = new JsonObject
        {
            ["iss"] = "auth.nid",
            ["sub"] = acting ? subject.SubjectId : actor.VecozoId,
            ["client_id"] = acting ? subject.SubjectId : actor.VecozoId,
            ["aud"] = audience,
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["nbf"] = notBefore.ToUnixTimeSeconds(),
            ["iat"] = notBefore.ToUnixTimeSeconds(),
            ["jti"] = jti,
            ["_claim_names"] = new JsonObject { ["agb"] = "localhost", ["uzovi"] = "localhost" },
            ["_claim_sources"] = new JsonObject { ["localhost"] = new JsonObject { ["JWT"] = inner } },
            ["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode)JsonValue.Create(s))]),
            ["subjects"] = null,
            ["consent_id"] = Guid.NewGuid().ToString("D"),
            ["client_metadata"] = null,
            ["instantie_type"] = Scopes.OrganisationType(subject.Role),
        };
        if (acting)
        {
            payload["act"] = new JsonObject { ["sub"] = actor.VecozoId };
        }

        return handler.CreateToken(payload.ToJsonString(), new SigningCredentials(context.SigningKey, SecurityAlgorithms.EcdsaSha256));
    }

    private static string? Audience(JsonObject body, out string error)
    {
        error = "audience is required";
        var node = body["audience"];
        string? text = node switch
        {
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            JsonArray { Count: 1 } array when array[0] is JsonValue single && single.TryGetValue<string>(out var s) => s,
            JsonArray { Count: > 1 } => null,
            _ => null,
        };
        if (node is JsonArray { Count: > 1 })
        {
            error = "exactly one audience is allowed";
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            error = "audience must be an absolute https URL";
            return null;
        }

        return text;
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static async Task WriteErrorAsync(HttpContext http, int status, string error, string description)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(
            new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString(),
            Encoding.UTF8,
            http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Validates a token for the PEP. Returns <see langword="null"/> and a reason when it is not acceptable.</summary>
    public async Task<(IssuedToken? Token, string Reason)> ValidateAsync(string jwt, SimulatedParty presenter)
    {
        var result = await handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = context.SigningKey,
            ValidIssuer = "auth.nid",
            ValidateAudience = false,
            ValidateLifetime = false, // checked below against the simulator's clock
            ValidateIssuerSigningKey = true,
        }).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return (null, "the token is not a valid nID token");
        }

        var now = context.Time.GetUtcNow();
        if (token.ValidTo <= now.UtcDateTime || token.ValidFrom > now.UtcDateTime.AddMinutes(1))
        {
            return (null, "the token has expired");
        }

        if (!context.IssuedTokenEpochs.TryGetValue(token.Id, out var epoch) || epoch < context.Faults.TokenEpoch)
        {
            return (null, "the token has expired");
        }

        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.EncodedPayload));
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        var actorId = root.TryGetProperty("act", out var act) && act.TryGetProperty("sub", out var actSub) ? actSub.GetString() : root.GetProperty("sub").GetString();
        if (actorId != presenter.VecozoId)
        {
            return (null, "the token belongs to another certificate");
        }

        var clientId = root.GetProperty("client_id").GetString() ?? string.Empty;
        var subject = clientId == presenter.VecozoId ? presenter : context.Parties.FindBySubjectId(clientId);
        if (subject is null)
        {
            return (null, "the token's subject is unknown");
        }

        var scopes = root.TryGetProperty("scopes", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        var instantieType = root.TryGetProperty("instantie_type", out var it) ? it.GetString() : null;
        string? agb = null, uzovi = null;
        if (root.TryGetProperty("_claim_sources", out var sources) && sources.TryGetProperty("localhost", out var source) && source.TryGetProperty("JWT", out var innerJwt))
        {
            var inner = await handler.ValidateTokenAsync(innerJwt.GetString(), new TokenValidationParameters
            {
                IssuerSigningKey = context.ClaimSourceKey,
                ValidateIssuer = false,
                ValidateAudience = false,
                ValidateLifetime = false,
            }).ConfigureAwait(false);
            if (inner.IsValid && inner.SecurityToken is JsonWebToken innerToken)
            {
                agb = innerToken.TryGetPayloadValue<string>("agb", out var a) ? a : null;
                uzovi = innerToken.TryGetPayloadValue<string>("uzovi", out var u) ? u : null;
            }
        }

        var audience = root.GetProperty("aud").ValueKind == JsonValueKind.String ? root.GetProperty("aud").GetString()! : string.Empty;
        return (new IssuedToken(presenter, subject, audience, scopes, instantieType, agb, uzovi, payload), string.Empty);
    }

    internal static string FormatSeconds(TimeSpan span) => ((int)span.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}

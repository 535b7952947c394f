using System.Globalization;
using System.IdentityModel.Tokens.Jwt;
using System.Text.Json;

namespace IWlz.Client.Tokens.Internal;

/// <summary>
/// Reads nID's answer tolerantly: an OAuth JSON envelope (<c>access_token</c>, <c>expires_in</c>), a JSON string,
/// or a bare JWT. The JWT payload is read unverified, only for <c>exp</c>/<c>iat</c> and diagnostics.
/// </summary>
internal static class TokenResponseReader
{
    internal static NidAccessToken Read(string body, DateTimeOffset now, TokenOptions options)
    {
        var text = body.Trim();
        string? value;
        double? expiresIn = null;
        if (text.StartsWith('{'))
        {
            (value, expiresIn) = ReadEnvelope(text);
        }
        else if (text.StartsWith('"'))
        {
            value = JsonSerializer.Deserialize(text, TokenJsonContext.Default.String);
        }
        else
        {
            value = text;
        }

        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
        {
            throw Invalid("nID's answer holds no access token (expected a JSON object with access_token, or a JWT).");
        }

        JwtSecurityToken? jwt = null;
        try
        {
            jwt = new JwtSecurityToken(value);
        }
        catch (ArgumentException)
        {
            // An opaque token is acceptable when the envelope gives its lifetime.
        }

        var lifetime = Lifetime(expiresIn, jwt, now, options);
        if (lifetime <= TimeSpan.Zero)
        {
            throw Invalid("nID issued a token that is already expired. Check the system clock.");
        }

        return new NidAccessToken(value, now + lifetime)
        {
            GrantedScopes = jwt?.Claims.Where(c => c.Type == "scopes").Select(c => c.Value).ToArray() ?? [],
            Subject = jwt?.Subject,
            Agb = AggregatedClaim(jwt, "agb"),
            Uzovi = AggregatedClaim(jwt, "uzovi"),
        };
    }

    private static (string? Value, double? ExpiresIn) ReadEnvelope(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            string? value = null;
            double? expiresIn = null;
            if (root.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String)
            {
                value = token.GetString();
            }

            if (root.TryGetProperty("expires_in", out var expires))
            {
                if (expires.ValueKind == JsonValueKind.Number && expires.TryGetDouble(out var seconds))
                {
                    expiresIn = seconds;
                }
                else if (expires.ValueKind == JsonValueKind.String
                    && double.TryParse(expires.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds))
                {
                    expiresIn = seconds;
                }
            }

            return (value, expiresIn);
        }
        catch (JsonException ex)
        {
            throw new IWlzException(IWlzErrorKind.InvalidTokenResponse, IWlzErrorSource.TokenEndpoint, "nID's answer is not valid JSON.", ex);
        }
    }

    private static TimeSpan Lifetime(double? expiresIn, JwtSecurityToken? jwt, DateTimeOffset now, TokenOptions options)
    {
        TimeSpan lifetime;
        if (expiresIn is > 0)
        {
            lifetime = TimeSpan.FromSeconds(expiresIn.Value);
        }
        else if (jwt?.Payload.Expiration is { } exp)
        {
            // exp − iat does not depend on the two clocks agreeing; exp − now is the fallback without iat.
            lifetime = jwt.Payload.IssuedAt > DateTime.UnixEpoch
                ? TimeSpan.FromSeconds(exp - new DateTimeOffset(jwt.Payload.IssuedAt, TimeSpan.Zero).ToUnixTimeSeconds())
                : DateTimeOffset.FromUnixTimeSeconds(exp) - now;
        }
        else
        {
            lifetime = options.FallbackLifetime;
        }

        return lifetime > TokenOptions.MaximumLifetime ? TokenOptions.MaximumLifetime : lifetime;
    }

    private static string? AggregatedClaim(JwtSecurityToken? jwt, string name)
    {
        var sources = jwt?.Claims.FirstOrDefault(c => c.Type == "_claim_sources")?.Value;
        if (sources is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(sources);
            foreach (var source in document.RootElement.EnumerateObject())
            {
                if (source.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var property in source.Value.EnumerateObject())
                {
                    if (!property.NameEquals("JWT") && !property.NameEquals("jwt"))
                    {
                        continue;
                    }

                    var inner = new JwtSecurityToken(property.Value.GetString());
                    var claim = inner.Claims.FirstOrDefault(c => c.Type == name)?.Value;
                    if (!string.IsNullOrEmpty(claim))
                    {
                        return claim;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // Diagnostics only: an unreadable aggregated claim is ignored.
        }

        return null;
    }

    private static IWlzException Invalid(string message) => new(IWlzErrorKind.InvalidTokenResponse, IWlzErrorSource.TokenEndpoint, message);
}

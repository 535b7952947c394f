using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>Makes real JWTs shaped like nID's (HS256 with a test key; the client never verifies the signature).</summary>
internal static class NidJwt
{
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("iwlz-client-tests-signing-key-0123456789abcdef"));

    internal static string Create(DateTimeOffset issuedAt, TimeSpan lifetime, string audience = "https://bemiddelingsregister.test/graphql", string? agb = "12345678", string[]? scopes = null, string claimSourceMember = "JWT")
    {
        var claims = new List<Claim>
        {
            new("sub", "20001000001131"),
            new("client_id", "20001000001131"),
            new("jti", Guid.NewGuid().ToString()),
        };
        foreach (var scope in scopes ?? ["registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read"])
        {
            claims.Add(new Claim("scopes", scope));
        }

        if (agb is not null)
        {
            var inner = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
                claims: [new Claim("agb", agb)],
                signingCredentials: new SigningCredentials(Key, SecurityAlgorithms.HmacSha256)));
            claims.Add(new Claim("_claim_names", JsonSerializer.Serialize(new Dictionary<string, string> { ["agb"] = "localhost", ["uzovi"] = "localhost" }), JsonClaimValueTypes.Json));
            claims.Add(new Claim("_claim_sources", JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, string>> { ["localhost"] = new() { [claimSourceMember] = inner } }), JsonClaimValueTypes.Json));
        }

        var token = new JwtSecurityToken(
            issuer: "auth.nid",
            audience: audience,
            claims: claims,
            notBefore: issuedAt.UtcDateTime,
            expires: (issuedAt + lifetime).UtcDateTime,
            signingCredentials: new SigningCredentials(Key, SecurityAlgorithms.HmacSha256));
        token.Payload["iat"] = issuedAt.ToUnixTimeSeconds();
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    internal static string Envelope(string jwt, int? expiresIn) =>
        expiresIn is null
            ? JsonSerializer.Serialize(new { access_token = jwt, token_type = "Bearer" })
            : JsonSerializer.Serialize(new { access_token = jwt, token_type = "Bearer", expires_in = expiresIn });
}

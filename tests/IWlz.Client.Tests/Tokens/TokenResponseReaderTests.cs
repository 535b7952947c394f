using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tokens;
using IWlz.Client.Tokens.Internal;

namespace IWlz.Client.Tests.Tokens;

public sealed class TokenResponseReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly TokenOptions _options = new();

    [Fact]
    public void Envelope_with_expires_in_sets_the_expiry()
    {
        var jwt = NidJwt.Create(Now, TimeSpan.FromMinutes(30));

        var token = TokenResponseReader.Read(NidJwt.Envelope(jwt, 300), Now, _options);

        Assert.Equal(jwt, token.Value);
        Assert.Equal(Now.AddSeconds(300), token.ExpiresAt);
    }

    [Fact]
    public void Expires_in_above_one_hour_is_capped()
    {
        var token = TokenResponseReader.Read(NidJwt.Envelope(NidJwt.Create(Now, TimeSpan.FromHours(2)), 7200), Now, _options);

        Assert.Equal(Now.AddHours(1), token.ExpiresAt);
    }

    [Fact]
    public void Bare_jwt_takes_its_lifetime_from_exp_and_iat()
    {
        var issued = Now.AddMinutes(-3); // the server clock may differ; exp − iat does not care
        var token = TokenResponseReader.Read(NidJwt.Create(issued, TimeSpan.FromMinutes(10)), Now, _options);

        Assert.Equal(Now.AddMinutes(10), token.ExpiresAt);
    }

    [Fact]
    public void Bare_jwt_with_a_week_lifetime_is_never_assumed_longer_than_one_hour()
    {
        var token = TokenResponseReader.Read(NidJwt.Create(Now, TimeSpan.FromHours(168)), Now, _options);

        Assert.Equal(Now.AddHours(1), token.ExpiresAt);
    }

    [Fact]
    public void Jwt_as_a_json_string_and_envelope_without_expires_in_are_read()
    {
        var jwt = NidJwt.Create(Now, TimeSpan.FromMinutes(20));

        var quoted = TokenResponseReader.Read("\"" + jwt + "\"", Now, _options);
        var envelope = TokenResponseReader.Read(NidJwt.Envelope(jwt, null), Now, _options);

        Assert.Equal(jwt, quoted.Value);
        Assert.Equal(Now.AddMinutes(20), quoted.ExpiresAt);
        Assert.Equal(Now.AddMinutes(20), envelope.ExpiresAt);
    }

    [Fact]
    public void Opaque_token_without_lifetime_gets_the_fallback()
    {
        var token = TokenResponseReader.Read("""{"access_token":"opaque-token-value"}""", Now, _options);

        Assert.Equal(Now + _options.FallbackLifetime, token.ExpiresAt);
    }

    [Fact]
    public void Diagnostics_come_from_the_unverified_payload()
    {
        var token = TokenResponseReader.Read(NidJwt.Create(Now, TimeSpan.FromMinutes(5), agb: "12345678", scopes: ["a:read", "b:read"]), Now, _options);

        Assert.Equal(["a:read", "b:read"], token.GrantedScopes);
        Assert.Equal("12345678", token.Agb);
        Assert.Equal("20001000001131", token.Subject);
        Assert.DoesNotContain(token.Value, token.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JWT")] // as nID and the simulator write it (OpenID Connect aggregated claims)
    [InlineData("jwt")]
    public void Aggregated_claims_are_read_from_either_spelling_of_the_jwt_member(string member)
    {
        var token = TokenResponseReader.Read(NidJwt.Create(Now, TimeSpan.FromMinutes(5), agb: "87654321", claimSourceMember: member), Now, _options);

        Assert.Equal("87654321", token.Agb);
        Assert.Null(token.Uzovi);
    }

    [Theory]
    [InlineData("""{"token_type":"Bearer"}""")]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("{not json")]
    public void Unreadable_answers_are_InvalidTokenResponse(string body)
    {
        var error = Assert.Throws<IWlzException>(() => TokenResponseReader.Read(body, Now, _options));

        Assert.Equal(IWlzErrorKind.InvalidTokenResponse, error.Kind);
        Assert.Equal(IWlzErrorSource.TokenEndpoint, error.ErrorSource);
    }
}

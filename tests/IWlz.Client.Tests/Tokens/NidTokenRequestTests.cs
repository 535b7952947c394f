using IWlz.Client.Certificates;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tokens;

namespace IWlz.Client.Tests.Tokens;

public sealed class NidTokenRequestTests
{
    private static readonly Uri Token = new("https://nid.test/token");
    private static readonly Uri Audience = new("https://register.test/graphql");
    private static readonly ClientCertificate Certificate = new(TestPki.Zorgaanbieder, IWlzEnvironment.Test);

    [Fact]
    public void Scopes_are_split_deduplicated_and_sorted()
    {
        var request = new NidTokenRequest(Token, Audience, ["b:read a:read", "a:read", " c:read "], null, Certificate);

        Assert.Equal(["a:read", "b:read", "c:read"], request.Scopes);
    }

    [Fact]
    public void Cache_key_holds_environment_thumbprint_actor_audience_and_sorted_scopes()
    {
        var one = new NidTokenRequest(Token, Audience, ["b:read", "a:read"], "uzovi:5000", Certificate);
        var same = new NidTokenRequest(Token, Audience, ["a:read b:read"], "uzovi:5000", Certificate);
        var otherActor = new NidTokenRequest(Token, Audience, ["a:read b:read"], null, Certificate);
        var otherAudience = new NidTokenRequest(Token, new Uri("https://other.test/graphql"), ["a:read b:read"], "uzovi:5000", Certificate);
        var otherEnvironment = new NidTokenRequest(Token, Audience, ["a:read b:read"], "uzovi:5000", new ClientCertificate(TestPki.Zorgaanbieder, IWlzEnvironment.Production));

        Assert.Equal(one.CacheKey, same.CacheKey);
        Assert.NotEqual(one.CacheKey, otherActor.CacheKey);
        Assert.NotEqual(one.CacheKey, otherAudience.CacheKey);
        Assert.NotEqual(one.CacheKey, otherEnvironment.CacheKey);
        Assert.Contains(Certificate.Thumbprint, one.CacheKey, StringComparison.Ordinal);
    }

    [Fact]
    public void No_scope_is_refused()
    {
        var error = Assert.Throws<IWlzException>(() => new NidTokenRequest(Token, Audience, ["  "], null, Certificate));

        Assert.Equal(IWlzErrorKind.Configuration, error.Kind);
        Assert.Contains("no scope", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agbcode:1234567")]
    [InlineData("uzovi:50000")]
    [InlineData("kvk:62253778")]
    [InlineData("AGBCODE:12345678")]
    public void Malformed_actor_is_refused(string actor)
    {
        var error = Assert.Throws<IWlzException>(() => new NidTokenRequest(Token, Audience, ["a:read"], actor, Certificate));

        Assert.Equal(IWlzErrorKind.Configuration, error.Kind);
    }

    [Fact]
    public void Missing_or_relative_audience_is_refused()
    {
        Assert.Equal(IWlzErrorKind.Configuration, Assert.Throws<IWlzException>(() => new NidTokenRequest(Token, null!, ["a:read"], null, Certificate)).Kind);
        Assert.Equal(IWlzErrorKind.Configuration, Assert.Throws<IWlzException>(() => new NidTokenRequest(Token, new Uri("/graphql", UriKind.Relative), ["a:read"], null, Certificate)).Kind);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IWlz.Client.Testing.Tests;

[Collection(SharedNetworkCollection.Name)]
public sealed class TokenEndpointTests(SharedNetwork network)
{
    private IWlzNetworkSimulator Sim => network.Simulator;

    private static JsonObject Body(string? scope = RawNetwork.BrRead, JsonNode? audience = null) => new()
    {
        ["grant_type"] = "client_credentials",
        ["scope"] = scope,
        ["audience"] = audience,
    };

    [Fact]
    public async Task Issues_an_nID_shaped_token_for_a_valid_request()
    {
        var zorgkantoor = Sim.Zorgkantoor("5555");
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        using var response = await raw.RequestTokenAsync(Body(RawNetwork.BrRead + " " + RawNetwork.BrRead, zorgkantoor.RegisterUri.AbsoluteUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var envelope = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Bearer", envelope["token_type"]!.GetValue<string>());
        var jwt = new JsonWebToken(envelope["access_token"]!.GetValue<string>());
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(jwt.EncodedPayload))))!;
        Assert.Equal("ES256", jwt.Alg);
        Assert.Equal("auth.nid", payload["iss"]!.GetValue<string>());
        Assert.Equal(raw.Party.VecozoId, payload["sub"]!.GetValue<string>());
        Assert.Equal(raw.Party.VecozoId, payload["client_id"]!.GetValue<string>());
        Assert.Equal(zorgkantoor.RegisterUri.AbsoluteUri, payload["aud"]!.GetValue<string>());
        Assert.Equal([RawNetwork.BrRead], payload["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("zorgaanbieder", payload["instantie_type"]!.GetValue<string>());
        Assert.Equal("localhost", payload["_claim_names"]!["agb"]!.GetValue<string>());
        var inner = new JsonWebToken(payload["_claim_sources"]!["localhost"]!["JWT"]!.GetValue<string>());
        Assert.Equal("HS256", inner.Alg);
        Assert.Equal("99000011", inner.GetPayloadValue<string>("agb"));
        var lifetime = payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>();
        Assert.InRange(lifetime, 1, 3600);
        Assert.True(Guid.TryParse(payload["jti"]!.GetValue<string>(), out _));
    }

    [Fact]
    public async Task Refuses_a_request_without_audience()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        using var response = await raw.RequestTokenAsync(Body());
        await AssertError(response, HttpStatusCode.BadRequest, "audience is required");
    }

    [Theory]
    [InlineData("[\"https://a.example/graphql\",\"https://b.example/graphql\"]", "exactly one audience is allowed")]
    [InlineData("\"http://plain.example/graphql\"", "audience must be an absolute https URL")]
    [InlineData("\"relative/graphql\"", "audience must be an absolute https URL")]
    public async Task Refuses_a_bad_audience(string audienceJson, string expected)
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        using var response = await raw.RequestTokenAsync(Body(audience: JsonNode.Parse(audienceJson)));
        await AssertError(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Refuses_a_scope_the_role_may_not_have()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        using var response = await raw.RequestTokenAsync(Body("registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create", Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri));
        await AssertError(response, HttpStatusCode.BadRequest, "Access denied, invalid scope");
    }

    [Fact]
    public async Task Refuses_an_unknown_scope_even_next_to_a_good_one()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgkantoor("5555"));
        using var response = await raw.RequestTokenAsync(Body(RawNetwork.BrRead + " registers/unknown:read", Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri));
        await AssertError(response, HttpStatusCode.BadRequest, "Access denied, invalid scope");
    }

    [Fact]
    public async Task Refuses_a_form_encoded_body_and_a_wrong_grant_type()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        using var form = await raw.Http.PostAsync(Sim.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);

        var body = Body(audience: Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri);
        body["grant_type"] = "password";
        using var grant = await raw.RequestTokenAsync(body);
        await AssertError(grant, HttpStatusCode.BadRequest, "grant_type must be client_credentials");
    }

    [Fact]
    public async Task Refuses_client_secrets_because_nID_authenticates_by_certificate()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        var body = Body(audience: Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri);
        body["client_secret"] = "s3cret";
        using var response = await raw.RequestTokenAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("client_secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acting_on_behalf_needs_a_registered_consent()
    {
        var vendor = Sim.Zorgaanbieder("99000077");
        var represented = Sim.Zorgaanbieder("99000078");
        using var raw = new RawNetwork(Sim, vendor);
        var body = Body(audience: Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri);
        body["access_token"] = new JsonObject { ["sub"] = "agbcode:99000078" };

        using (var refused = await raw.RequestTokenAsync(body.DeepClone().AsObject()))
        {
            await AssertError(refused, HttpStatusCode.Unauthorized, "authenticating with issuing authority");
        }

        represented.GrantConsent(vendor);
        using var allowed = await raw.RequestTokenAsync(body);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var jwt = new JsonWebToken((await allowed.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>());
        Assert.Equal("agbcode:99000078", jwt.GetPayloadValue<string>("client_id"));
        Assert.Equal("agbcode:99000078", jwt.Subject);
        Assert.Contains(vendor.VecozoId, jwt.GetClaim("act").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acting_on_behalf_of_oneself_is_refused()
    {
        var party = Sim.Zorgaanbieder("99000011");
        using var raw = new RawNetwork(Sim, party);
        var body = Body(audience: Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri);
        body["access_token"] = new JsonObject { ["sub"] = "agbcode:99000011" };
        using var response = await raw.RequestTokenAsync(body);
        await AssertError(response, HttpStatusCode.Unauthorized, "authenticating with issuing authority");
    }

    [Fact]
    public async Task Refuses_a_call_without_a_client_certificate()
    {
        var trusted = Sim.RootCertificate;
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null;
        using var http = new HttpClient(handler);
        using var response = await http.PostAsJsonAsync(Sim.TokenEndpoint, Body(audience: Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri));
        await AssertError(response, HttpStatusCode.Forbidden, "Invalid Client Certificate");
        Assert.NotNull(trusted);
    }

    [Fact]
    public async Task Refuses_a_blocked_party_with_not_allowed()
    {
        var blocked = Sim.Zorgaanbieder("99000066");
        blocked.IsBlocked = true;
        using var raw = new RawNetwork(Sim, blocked);
        using var response = await raw.RequestTokenAsync(Body(audience: Sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri));
        await AssertError(response, HttpStatusCode.Forbidden, "Not Allowed");
    }

    [Fact]
    public async Task Answers_404_on_a_wrong_path()
    {
        using var raw = new RawNetwork(Sim, Sim.Zorgaanbieder("99000011"));
        using var response = await raw.Http.PostAsJsonAsync(new Uri(Sim.BaseAddress, "tst/netwerkmodel/v2/oauth2/token"), Body(audience: "https://x.example/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string description)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(description, JsonNode.Parse(text)!["error_description"]!.GetValue<string>());
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
    }
}

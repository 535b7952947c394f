using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Tests;

/// <summary>
/// Talks to the simulator the way any participant would, with a plain HttpClient, the party's
/// certificate and a real token from the simulated nID; it does not use the SDK client.
/// </summary>
internal sealed class RawNetwork : IDisposable
{
    public const string BrRead = "registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read";
    public const string IrRead = "registers/wlzindicatieregister/indicaties/indicatie:read";
    public const string LrRead = "registers/leveringsregister/leveringen/levering:read";

    private readonly IWlzNetworkSimulator simulator;

    public RawNetwork(IWlzNetworkSimulator simulator, SimulatedParty party)
    {
        this.simulator = simulator;
        Party = party;
        Http = new HttpClient(party.CreateHttpMessageHandler()) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public SimulatedParty Party { get; }

    public HttpClient Http { get; }

    public Task<HttpResponseMessage> RequestTokenAsync(JsonObject body) => Http.PostAsJsonAsync(simulator.TokenEndpoint, body);

    public async Task<string> GetTokenAsync(string scope, Uri audience)
    {
        using var response = await RequestTokenAsync(new JsonObject { ["grant_type"] = "client_credentials", ["scope"] = scope, ["audience"] = audience.AbsoluteUri });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["access_token"]!.GetValue<string>();
    }

    public async Task<PepAnswer> QueryAsync(string token, string query, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonSerializer.SerializeToNode(variables);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, simulator.PepEndpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await Http.SendAsync(request);
        return new PepAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public async Task<PepAnswer> QueryAsync(string scope, Uri audience, string query, object? variables = null) =>
        await QueryAsync(await GetTokenAsync(scope, audience), query, variables);

    public void Dispose() => Http.Dispose();
}

internal sealed record PepAnswer(int Status, string? MediaType, string Body)
{
    public JsonNode? Json => JsonNode.Parse(Body);

    public string? FirstErrorMessage => Json?["errors"]?[0]?["message"]?.GetValue<string>();

    public string? FirstErrorCode => Json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public JsonNode? Data => Json?["data"];
}

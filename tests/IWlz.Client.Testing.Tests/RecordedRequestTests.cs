using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Traffic;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Testing.Tests;

public sealed class RecordedRequestTests : IAsyncLifetime
{
    private const string Query = "{ bemiddeling(where: { verantwoordelijkZorgkantoor: { eq: \"5555\" } }) { bemiddelingID } }";
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 10, 0, 0, TimeSpan.Zero);
    private IWlzNetworkSimulator sim = null!;

    public async Task InitializeAsync() =>
        sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SendNotifications = false, TimeProvider = new FakeTimeProvider(Now) });

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Fact]
    public async Task Each_request_is_recorded_with_its_endpoint_status_party_and_time()
    {
        var zorgkantoor = sim.Zorgkantoor("5555");
        using var raw = new RawNetwork(sim, zorgkantoor);

        var token = await raw.GetTokenAsync(RawNetwork.BrRead, zorgkantoor.RegisterUri);
        Assert.Equal(200, (await raw.QueryAsync(token, Query)).Status);
        Assert.Equal(401, (await raw.QueryAsync("not-a-token", Query)).Status);
        using var unknown = await raw.Http.PostAsJsonAsync(new Uri(sim.BaseAddress, "elsewhere"), new JsonObject());

        var recorded = sim.RecordedRequests;
        Assert.Equal(
            [(SimulatorEndpoint.TokenEndpoint, 200), (SimulatorEndpoint.Pep, 200), (SimulatorEndpoint.Pep, 401), (SimulatorEndpoint.Unknown, 404)],
            recorded.Select(r => (r.Endpoint, r.StatusCode)));
        Assert.All(recorded, r => Assert.Same(zorgkantoor, r.Party));
        Assert.All(recorded, r => Assert.Equal(Now, r.ReceivedAt));
        Assert.Equal("/tst/netwerkmodel/v3/pep", recorded[1].Path);
        Assert.Equal("/elsewhere", recorded[3].Path);
        Assert.DoesNotContain(token, string.Join('\n', recorded), StringComparison.Ordinal);

        sim.ClearRecordedRequests();
        Assert.Empty(sim.RecordedRequests);
    }

    [Fact]
    public async Task A_dropped_token_request_is_recorded_without_a_status()
    {
        var zorgkantoor = sim.Zorgkantoor("5555");
        using var raw = new RawNetwork(sim, zorgkantoor);
        sim.Faults.TokenEndpointDown = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => raw.GetTokenAsync(RawNetwork.BrRead, zorgkantoor.RegisterUri));

        var dropped = Assert.Single(sim.RecordedRequests);
        Assert.Equal(SimulatorEndpoint.TokenEndpoint, dropped.Endpoint);
        Assert.Null(dropped.StatusCode);
        Assert.Equal($"TokenEndpoint dropped from {zorgkantoor}", dropped.ToString());
    }

    [Fact]
    public async Task A_client_without_a_party_certificate_is_recorded_without_a_party()
    {
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) =>
            cert is System.Security.Cryptography.X509Certificates.X509Certificate2 c && sim.CertificateAuthority.IsIssuedBy(c);
        using var http = new HttpClient(handler);

        using var response = await http.PostAsJsonAsync(sim.TokenEndpoint, new JsonObject { ["grant_type"] = "client_credentials" });

        var recorded = Assert.Single(sim.RecordedRequests);
        Assert.Equal(403, recorded.StatusCode);
        Assert.Null(recorded.Party);
    }
}

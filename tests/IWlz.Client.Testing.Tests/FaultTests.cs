using IWlz.Client.Testing.Data.Bemiddelingsregister;

namespace IWlz.Client.Testing.Tests;

public sealed class FaultTests : IAsyncLifetime
{
    private const string Query = "{ bemiddeling(where: { verantwoordelijkZorgkantoor: { eq: \"5555\" } }) { bemiddelingID } }";
    private IWlzNetworkSimulator sim = null!;

    public async Task InitializeAsync() => sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SendNotifications = false });

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Fact]
    public async Task Token_endpoint_down_drops_the_connection()
    {
        using var raw = new RawNetwork(sim, sim.Zorgkantoor("5555"));
        sim.Faults.TokenEndpointDown = true;
        await Assert.ThrowsAsync<HttpRequestException>(() => raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor("5555").RegisterUri));

        sim.Faults.Reset();
        Assert.NotEmpty(await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor("5555").RegisterUri));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    public async Task The_pep_fails_the_given_number_of_requests(int status)
    {
        using var raw = new RawNetwork(sim, sim.Zorgkantoor("5555"));
        var token = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor("5555").RegisterUri);
        sim.Faults.FailPepRequests(status, count: 2);

        Assert.Equal(status, (await raw.QueryAsync(token, Query)).Status);
        Assert.Equal(status, (await raw.QueryAsync(token, Query)).Status);
        var third = await raw.QueryAsync(token, Query);
        Assert.Equal(200, third.Status);
        Assert.Equal(sim.Data.GetAll<BemiddelingRecord>().Count(b => b.VerantwoordelijkZorgkantoor == "5555"), third.Data!["bemiddeling"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_response_delay_makes_a_client_time_out()
    {
        using var raw = new RawNetwork(sim, sim.Zorgkantoor("5555"));
        var token = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor("5555").RegisterUri);
        using var impatient = new RawNetwork(sim, sim.Zorgkantoor("5555"));
        impatient.Http.Timeout = TimeSpan.FromMilliseconds(300);
        sim.Faults.ResponseDelay = TimeSpan.FromSeconds(2);
        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.QueryAsync(token, Query));
        sim.Faults.Reset();
    }

    [Fact]
    public async Task Expired_tokens_are_refused_with_401_until_a_new_one_is_fetched()
    {
        using var raw = new RawNetwork(sim, sim.Zorgkantoor("5555"));
        sim.Faults.IssueExpiredTokens = true;
        var expired = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor("5555").RegisterUri);
        var refused = await raw.QueryAsync(expired, Query);
        Assert.Equal(401, refused.Status);
        Assert.Contains("expired", refused.Body, StringComparison.Ordinal);

        sim.Faults.IssueExpiredTokens = false;
        var fresh = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor("5555").RegisterUri);
        Assert.Equal(200, (await raw.QueryAsync(fresh, Query)).Status);

        sim.Faults.ExpireIssuedTokens();
        Assert.Equal(401, (await raw.QueryAsync(fresh, Query)).Status);
        var renewed = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor("5555").RegisterUri);
        Assert.Equal(200, (await raw.QueryAsync(renewed, Query)).Status);
    }

    [Fact]
    public void Fault_switches_refuse_values_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Faults.FailPepRequests(404));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Faults.FailPepRequests(502, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Faults.ResponseDelay = TimeSpan.FromSeconds(-1));
    }

    [Fact]
    public async Task Options_out_of_range_are_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => IWlzNetworkSimulator.StartAsync(new SimulatorOptions { TokenLifetime = TimeSpan.FromHours(2) }));
        Assert.Contains("TokenLifetime", error.Message, StringComparison.Ordinal);
    }
}

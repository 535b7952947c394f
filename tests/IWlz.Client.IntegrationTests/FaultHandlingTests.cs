using IWlz.Client.IntegrationTests.Infrastructure;
using IWlz.Client.Registers;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Parties;
using IWlz.Client.Testing.Traffic;

namespace IWlz.Client.IntegrationTests;

/// <summary>The SDK's token renewal, retries and error mapping against the simulator's fault switches. Each test has its own simulator.</summary>
public sealed class FaultHandlingTests : IAsyncLifetime
{
    private IWlzNetworkSimulator sim = null!;
    private SimulatedParty party = null!;
    private SdkClient sdk = null!;
    private Guid specificatieId;

    public async Task InitializeAsync()
    {
        sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SendNotifications = false });
        party = sim.Zorgaanbieder("99000011");
        var spec = sim.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == party.Code);
        var bemiddeling = sim.Data.Find<BemiddelingRecord>(spec.BemiddelingID)!;
        specificatieId = spec.BemiddelingspecificatieID;
        sdk = SdkClient.Create(sim, party, o => o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions
        {
            GegevensdienstId = $"{bemiddeling.VerantwoordelijkZorgkantoor}_REGISTER_TST",
        });
    }

    public async Task DisposeAsync()
    {
        sdk.Dispose();
        await sim.DisposeAsync();
    }

    [Fact]
    public async Task An_expired_token_is_answered_401_and_the_client_fetches_a_new_one_and_sends_once_more()
    {
        await QueryAsync();
        sim.Faults.ExpireIssuedTokens();
        sim.ClearRecordedRequests();

        var result = await QueryAsync();

        Assert.Equal(specificatieId, Assert.Single(result).BemiddelingspecificatieID);
        Assert.Equal(
            [(SimulatorEndpoint.Pep, 401), (SimulatorEndpoint.TokenEndpoint, 200), (SimulatorEndpoint.Pep, 200)],
            Traffic());
    }

    [Fact]
    public async Task A_token_rejected_twice_surfaces_as_unauthorized_after_one_renewal()
    {
        sim.Faults.IssueExpiredTokens = true;

        var error = await Assert.ThrowsAsync<IWlzException>(QueryAsync);

        Assert.Equal(IWlzErrorKind.Unauthorized, error.Kind);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal(IWlzTemplates.QBR0001ZA, error.TemplateId);
        Assert.Equal(
            [(SimulatorEndpoint.TokenEndpoint, 200), (SimulatorEndpoint.Pep, 401), (SimulatorEndpoint.TokenEndpoint, 200), (SimulatorEndpoint.Pep, 401)],
            Traffic());
    }

    [Fact]
    public async Task A_query_answered_502_is_retried_until_the_pep_answers()
    {
        sim.Faults.FailPepRequests(502, count: 2);

        var result = await QueryAsync();

        Assert.Equal(specificatieId, Assert.Single(result).BemiddelingspecificatieID);
        Assert.Equal(
            [(SimulatorEndpoint.TokenEndpoint, 200), (SimulatorEndpoint.Pep, 502), (SimulatorEndpoint.Pep, 502), (SimulatorEndpoint.Pep, 200)],
            Traffic());
    }

    [Fact]
    public async Task A_query_answered_502_on_every_attempt_surfaces_as_a_server_error_after_the_retries()
    {
        sim.Faults.FailPepRequests(502);

        var error = await Assert.ThrowsAsync<IWlzException>(QueryAsync);

        Assert.Equal(IWlzErrorKind.ServerError, error.Kind);
        Assert.Equal(IWlzErrorSource.Pep, error.ErrorSource);
        Assert.Equal(502, error.StatusCode);
        Assert.Equal(IWlzTemplates.QBR0001ZA, error.TemplateId);
        Assert.Equal(1 + sdk.Options.Resilience.MaxRetryAttempts, Traffic().Count(t => t == (SimulatorEndpoint.Pep, 502)));
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_surfaces_as_a_transport_error_of_the_token_endpoint()
    {
        sim.Faults.TokenEndpointDown = true;

        var error = await Assert.ThrowsAsync<IWlzException>(QueryAsync);

        Assert.Equal(IWlzErrorKind.Transport, error.Kind);
        Assert.Equal(IWlzErrorSource.TokenEndpoint, error.ErrorSource);
        Assert.Equal(IWlzTemplates.QBR0001ZA, error.TemplateId);
        Assert.Contains(sim.TokenEndpoint.Authority, error.Message, StringComparison.Ordinal);

        // nID is tried as often as the retry policy allows; without a token the PEP is never called.
        var traffic = sim.RecordedRequests;
        Assert.Equal(1 + sdk.Options.Resilience.MaxRetryAttempts, traffic.Count(r => r.Endpoint == SimulatorEndpoint.TokenEndpoint && r.StatusCode is null));
        Assert.DoesNotContain(traffic, r => r.Endpoint == SimulatorEndpoint.Pep);

        // Once nID is back, the same client recovers without a restart.
        sim.Faults.TokenEndpointDown = false;
        Assert.Single(await QueryAsync());
    }

    private Task<IReadOnlyList<IWlz.Client.Bemiddelingsregister.BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>> QueryAsync() =>
        sdk.Bemiddelingsregister.GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatieId);

    private (SimulatorEndpoint Endpoint, int? Status)[] Traffic() =>
        [.. sim.RecordedRequests.Where(r => r.Party == party).Select(r => (r.Endpoint, r.StatusCode))];
}

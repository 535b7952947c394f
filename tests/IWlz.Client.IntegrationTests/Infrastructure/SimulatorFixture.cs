using IWlz.Client.Testing;

namespace IWlz.Client.IntegrationTests.Infrastructure;

/// <summary>One seeded simulator on the system clock, shared by the tests that do not flip fault switches.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public IWlzNetworkSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() => Simulator = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SendNotifications = false });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "simulated network";
}

using IWlz.Client.Testing;

namespace VendorTests;

/// <summary>
/// One simulated iWlz network shared by the tests of a collection: it starts once (about a second) and is
/// seeded with the same fictional data every time. Tests that flip fault switches start their own.
/// </summary>
public sealed class SimulatedNetwork : IAsyncLifetime
{
    public IWlzNetworkSimulator Network { get; private set; } = null!;

    public async Task InitializeAsync() => Network = await IWlzNetworkSimulator.StartAsync();

    public async Task DisposeAsync() => await Network.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SimulatedNetworkCollection : ICollectionFixture<SimulatedNetwork>
{
    public const string Name = "simulated iWlz network";
}

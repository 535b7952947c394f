using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Testing.Tests;

/// <summary>One seeded simulator shared by the tests that only read, so the suite stays quick.</summary>
public sealed class SharedNetwork : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2025, 6, 15, 10, 0, 0, TimeSpan.Zero);

    public IWlzNetworkSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Simulator = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { TimeProvider = new FakeTimeProvider(Now), SendNotifications = false });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedNetworkCollection : ICollectionFixture<SharedNetwork>
{
    public const string Name = "shared network";
}

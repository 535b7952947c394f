using IWlz.Client.Testing.Internal.Hosting;

namespace IWlz.Client.Testing.Tests;

/// <summary>Reaches the simulator's internal context for tests of the engine itself.</summary>
internal static class TestAccess
{
    public static SimulatorContext Context(IWlzNetworkSimulator simulator) => simulator.Context;
}

namespace IWlz.Client.Testing.Traffic;

/// <summary>Which part of the simulated network a request went to.</summary>
public enum SimulatorEndpoint
{
    /// <summary>A path the simulator does not serve (it answered 404).</summary>
    Unknown = 0,

    /// <summary>The nID token endpoint (<see cref="IWlzNetworkSimulator.TokenEndpoint"/>).</summary>
    TokenEndpoint = 1,

    /// <summary>The PEP (<see cref="IWlzNetworkSimulator.PepEndpoint"/>).</summary>
    Pep = 2,
}

namespace IWlz.Client.Transport.Internal;

/// <summary>The states of an <see cref="EndpointCircuit"/>.</summary>
internal enum CircuitState
{
    /// <summary>Calls go out; outcomes are counted.</summary>
    Closed,

    /// <summary>Calls are refused until the break duration is over.</summary>
    Open,

    /// <summary>One probe is out; other calls are refused until it ends.</summary>
    HalfOpen,
}

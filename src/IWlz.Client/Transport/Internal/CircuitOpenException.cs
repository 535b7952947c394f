namespace IWlz.Client.Transport.Internal;

/// <summary>
/// The endpoint's circuit is open, so the attempt was not sent. Never reaches the caller: the executors turn it
/// into an <see cref="IWlzException"/> of kind <see cref="IWlzErrorKind.CircuitOpen"/>.
/// </summary>
internal sealed class CircuitOpenException : Exception
{
    internal CircuitOpenException(string endpoint)
        : base($"The circuit of {endpoint} is open.")
    {
    }
}

using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Traffic;

/// <summary>
/// One request the simulator received, with how it answered. It holds no body, header or token, so it is
/// safe to print in a test failure. Use it to check what a client did: how often it retried, whether it
/// fetched a new token after a 401, whether it called nID at all.
/// </summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(SimulatorEndpoint endpoint, string path, int? statusCode, SimulatedParty? party, DateTimeOffset receivedAt)
    {
        Endpoint = endpoint;
        Path = path;
        StatusCode = statusCode;
        Party = party;
        ReceivedAt = receivedAt;
    }

    /// <summary>Which part of the network was called.</summary>
    public SimulatorEndpoint Endpoint { get; }

    /// <summary>The request path, such as <c>/tst/netwerkmodel/v3/pep</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The status the simulator answered with, or <see langword="null"/> when it dropped the connection
    /// (<see cref="Faults.SimulatorFaults.TokenEndpointDown"/>) or the client went away before the answer.
    /// </summary>
    public int? StatusCode { get; }

    /// <summary>The party whose certificate the client presented, or <see langword="null"/> when none of the network's parties presented it.</summary>
    public SimulatedParty? Party { get; }

    /// <summary>When the request arrived, by the simulator's clock (<see cref="SimulatorOptions.TimeProvider"/>).</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Endpoint} {(StatusCode is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "dropped")} from {Party?.ToString() ?? "an unknown client"}";
}

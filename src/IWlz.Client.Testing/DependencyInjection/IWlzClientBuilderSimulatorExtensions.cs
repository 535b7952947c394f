using IWlz.Client;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Parties;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Points an SDK client at an <see cref="IWlzNetworkSimulator"/>.</summary>
public static class IWlzClientBuilderSimulatorExtensions
{
    /// <summary>
    /// Configures the client to act as <paramref name="party"/> on the simulated network, exactly as it would
    /// on the real one: the Test environment, the party's role and code, the simulator's nID and PEP as the
    /// endpoints, the address book the simulator writes (<see cref="IWlzNetworkSimulator.AddressBookPath"/>,
    /// written now), the party's certificate from the simulator's CA, and trust in that CA's root next to the OS
    /// store, without revocation checks (the test CA publishes none). Nothing is relaxed: the server certificate
    /// is validated, and resilience, tokens and errors behave as configured. Call it after <c>AddIWlzClient</c>;
    /// it overrides the settings it names.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddIWlzClient</c>.</param>
    /// <param name="simulator">The running simulator.</param>
    /// <param name="party">The party the client acts as; it must belong to <paramref name="simulator"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is not a party of <paramref name="simulator"/>.</exception>
    public static IWlzClientBuilder UseSimulator(this IWlzClientBuilder builder, IWlzNetworkSimulator simulator, SimulatedParty party)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(party);
        var settings = simulator.PrepareClient(party);
        builder.Services.Configure<IWlzClientOptions>(settings.ApplyTo);
        builder.UseCertificate(party.Certificate, IWlzEnvironment.Test);
        builder.AddTrustedRootCertificate(simulator.RootCertificate);
        return builder;
    }
}

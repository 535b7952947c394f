using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.Time.Testing;

namespace DocSnippets;

/// <summary>docs/testing.md (the examples that configure an SDK client run in tests/IWlz.Client.IntegrationTests).</summary>
internal static class TestingSnippets
{
    public static async Task StartAsync(DateTimeOffset now)
    {
        // <snippet:testing-start>
        await using var network = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions
        {
            Seed = 1,                                   // same seed + reference date = same data
            TimeProvider = new FakeTimeProvider(now),   // optional: control token expiry and date windows
        });

        var me = network.Zorgaanbieder("99000011");     // a seeded party; any 8-digit AGB adds a new one
        network.WriteAddressBook("adresboek.json");     // the network in the iWlz adresboek format
        // Client certificate: me.Certificate (with private key). Server trust: network.RootCertificate.
        // </snippet:testing-start>
    }

    public static async Task ChangeDataAsync(IWlzNetworkSimulator network)
    {
        // <snippet:testing-change-data>
        var spec = network.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == "99000011");
        var deliveries = await network.Data.SaveAsync(spec with { ToewijzingEinddatum = new DateOnly(2025, 12, 31) });
        // deliveries[0].EventType == "GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER"
        // </snippet:testing-change-data>
    }
}

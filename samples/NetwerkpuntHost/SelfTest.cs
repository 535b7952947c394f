using IWlz.Client.Inbox;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Parties;

namespace NetwerkpuntHost;

/// <summary>Makes the simulated network notify the host once, and checks that the notification was handled.</summary>
internal static class SelfTest
{
    /// <summary>
    /// Zorgkantoor 5555 records a toewijzing for <paramref name="zorgaanbieder"/>, which notifies it through the PEP.
    /// Returns whether the inbox completed one more message (a handler ran) within <paramref name="timeout"/>.
    /// </summary>
    public static async Task<bool> NotifyOnceAsync(IWlzNetworkSimulator network, SimulatedParty zorgaanbieder, IServiceProvider services, TimeSpan timeout)
    {
        var inbox = services.GetRequiredService<INotificationInbox>();
        var before = (await inbox.GetStatisticsAsync(CancellationToken.None)).Completed;

        var bemiddeling = network.Data.GetAll<BemiddelingRecord>().First(b => b.VerantwoordelijkZorgkantoor == "5555");
        var deliveries = await network.Data.SaveAsync(new BemiddelingspecificatieRecord
        {
            BemiddelingspecificatieID = Guid.NewGuid(),
            BemiddelingID = bemiddeling.BemiddelingID,
            Instelling = zorgaanbieder.Code,
            UitvoerendZorgkantoor = "5555",
            Leveringsvorm = "1",
            ZzpCode = "5VV",
            SoortToewijzing = "01",
            ToewijzingIngangsdatum = DateOnly.FromDateTime(DateTime.Today),
            VaststellingMoment = DateTimeOffset.Now,
        });
        foreach (var delivery in deliveries)
        {
            Console.WriteLine($"PEP delivered {delivery.EventType} to {delivery.Ontvanger}: HTTP {delivery.StatusCode}");
        }

        using var cancellation = new CancellationTokenSource(timeout);
        while (!cancellation.IsCancellationRequested)
        {
            var statistics = await inbox.GetStatisticsAsync(CancellationToken.None);
            if (statistics.Completed > before)
            {
                Console.WriteLine("Self-test passed: the notification was stored, acknowledged and handled.");
                return true;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        Console.WriteLine("Self-test FAILED: no notification was handled in time.");
        return false;
    }
}

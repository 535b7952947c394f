using IWlz.Client.Notifications;
using IWlz.Client.Sending;
using IWlz.Client.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Zorgkantoor;

/// <summary>
/// Plays the CIZ: a second SDK client, configured as the indicatieorgaan, sends the notification. It is a
/// short-lived stand-in without a host, so it sends directly (one attempt) instead of through an outbox,
/// whose background sender needs a running host.
/// </summary>
internal static class Ciz
{
    public static async Task NotifyNieuweIndicatieAsync(IWlzNetworkSimulator network, Guid wlzIndicatieId, string zorgkantoor)
    {
        var services = new ServiceCollection();
        services.AddIWlzClient(_ => { }).UseSimulator(network, network.Ciz);
        await using var ciz = services.BuildServiceProvider();

        // <snippet:ciz-notify>
        // The CIZ (the indicatieorgaan, KVK) tells the initially responsible zorgkantoor about a new indicatie.
        var notificatie = OutgoingNotificatie.Create<NieuweIndicatieZorgkantoor>(
            new NotificationParty(IDType.UZOVI, zorgkantoor), wlzIndicatieId, wlzIndicatieId);
        var sent = await ciz.GetRequiredService<INotificatieSender>().SendAsync(notificatie);
        // </snippet:ciz-notify>
        if (!sent.IsDelivered)
        {
            throw new InvalidOperationException($"The CIZ's notification was not delivered: {sent}");
        }
    }
}

using IWlz.Client.Notifications;
using IWlz.Client.Outbox;
using IWlz.Client.Sending;
using Microsoft.Extensions.Configuration;

namespace DocSnippets;

/// <summary>docs/sending.md.</summary>
internal static class SendingSnippets
{
    public static async Task<SendResult> NotifyDirectlyAsync(IServiceProvider services, Guid bemiddelingID, Guid bemiddelingspecificatieID, CancellationToken ct)
    {
        // <snippet:sending-notificatie>
        var notificatie = OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(
            new NotificationParty(IDType.AGB, "98000044"), bemiddelingID, bemiddelingspecificatieID);
        SendResult result = await services.GetRequiredService<INotificatieSender>().SendAsync(notificatie, ct);
        // </snippet:sending-notificatie>
        return result;
    }

    public static async Task FoutmeldingAsync(IServiceProvider services, Guid stoornisID, Guid clientID, string? bsnFromRecord, string? idFromRecord, CancellationToken ct)
    {
        // <snippet:sending-foutmelding>
        var builder = new FoutmeldingBuilder(new NotificationParty(IDType.KVK, "62253778"))
            .Add("IRG0012", "Stoornis", stoornisID);
        builder.CheckBsn(bsnFromRecord, $"Client/{clientID}");     // adds GGR0001 when the 11-proef fails
        builder.CheckUuidV4(idFromRecord, $"Stoornis/{stoornisID}"); // adds RS038 when it is not a UUIDv4
        builder.OnBehalfOf(IDType.UZOVI, "5151");                    // ontvangerKenmerk "UZOVI:5151"
        await services.GetRequiredService<IMeldingSender>().SendAsync(builder.Build(), ct);
        // </snippet:sending-foutmelding>
    }

    public static void RegisterOutbox(IServiceCollection services, IConfiguration configuration)
    {
        // <snippet:sending-outbox-registration>
        services.AddIWlzClient(configuration.GetSection("IWlz"));
        services.AddIWlzOutbox(o => o.MaxAttempts = 10)          // options below; validated on start
            .UseSqlite(o => o.DatabasePath = "/var/lib/vendor/iwlz-client.db");
        // </snippet:sending-outbox-registration>
    }

    public static async Task<OutboxEntry> EnqueueAsync(IOutbox outbox, OutgoingNotificatie notificatie, CancellationToken ct)
    {
        // <snippet:sending-outbox-enqueue>
        OutboxMessageHandle handle = await outbox.EnqueueAsync(notificatie, ct); // durable when this returns
        OutboxEntry delivered = await handle.WaitForDeliveryAsync(ct);           // optional: ReceiverId = notificatieID
        // </snippet:sending-outbox-enqueue>
        return delivered;
    }
}

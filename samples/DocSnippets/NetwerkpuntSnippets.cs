using System.Security.Cryptography.X509Certificates;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;

namespace DocSnippets;

/// <summary>docs/netwerkpunt.md.</summary>
internal static class NetwerkpuntSnippets
{
    public static void ProductionHost(string[] args, X509Certificate2 serverCertificate, X509Certificate2Collection pepRoots)
    {
        // <snippet:netwerkpunt-production-host>
        var builder = WebApplication.CreateBuilder(args);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(8443, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = serverCertificate;          // your PKIoverheid server certificate
            https.RequirePepClientCertificate(pepRoots);          // mutual TLS: only the PEP's chain gets in
        })));

        builder.Services
            .AddIWlzNetwerkpunt(options =>
            {
                options.ClientCertificateRoots.AddRange(pepRoots); // checked again per connection
            })
            .UseSqlite(storage => storage.DatabasePath = "/var/lib/my-epd/iwlz-inbox.db")
            .AddNotificatieHandler<MyNotificatieHandler>()
            .AddMeldingHandler<MyMeldingHandler>()
            .AddUnhandledMessageHandler<MyCatchAll>();

        var app = builder.Build();
        app.MapIWlzNetwerkpunt("/iwlz/netwerkpunt");
        app.Run();
        // </snippet:netwerkpunt-production-host>
    }

    public static async Task ReplayAsync(WebApplication app, Guid id, CancellationToken ct)
    {
        // <snippet:netwerkpunt-replay>
        var inbox = app.Services.GetRequiredService<INotificationInbox>();
        foreach (var entry in await inbox.ListAsync(InboxEntryStatus.DeadLettered, 100, ct))
        {
            Console.WriteLine($"{entry.Message.Id} {entry.Message.EventType} after {entry.Attempts} attempts: {entry.LastError}");
        }
        await inbox.ReplayAsync(id, ct);                 // back to pending, attempts reset, due now
        var counts = await inbox.GetStatisticsAsync(ct); // pending / completed / dead-lettered, for health checks
        // </snippet:netwerkpunt-replay>
    }

    public static void TypedHandlers(IServiceCollection services)
    {
        // <snippet:netwerkpunt-typed-registration>
        services.AddIWlzInbox()
            .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweToewijzingHandler>()
            .AddNotificationHandler<UnknownNotificationEvent, OnbekendEventHandler>()
            .AddUnhandledMessageHandler<MyCatchAll>();
        // </snippet:netwerkpunt-typed-registration>
    }
}

// <snippet:netwerkpunt-handler>
public sealed class MyNotificatieHandler(IMyEpd epd) : INotificatieMessageHandler
{
    public async Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken)
    {
        // A notification is a hint: query the register for the current state (idempotent).
        await epd.ScheduleFollowUpAsync(notificatie.Id, notificatie.EventType, notificatie.SubjectList, cancellationToken);
    }
}
// </snippet:netwerkpunt-handler>

// <snippet:netwerkpunt-typed-handler>
public sealed class NieuweToewijzingHandler(INotificationFollowUp followUp) : INotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder>
{
    public async Task HandleAsync(NieuweBemiddelingspecificatieZorgaanbieder e, InboundMessage context, CancellationToken ct)
    {
        // A hint: fetch the current state (QBR-0001-ZA on the sending zorgkantoor's register).
        var result = await followUp.RunAsync(e, ct);
    }
}
// </snippet:netwerkpunt-typed-handler>

/// <summary>Stands for the vendor's own application in the examples.</summary>
public interface IMyEpd
{
    Task ScheduleFollowUpAsync(Guid notificatieId, string eventType, IReadOnlyList<InboundSubject> subjects, CancellationToken cancellationToken);
}

public sealed class MyMeldingHandler : IMeldingHandler
{
    public Task HandleAsync(ReceivedMelding melding, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class MyCatchAll : IUnhandledMessageHandler
{
    public Task HandleAsync(InboundMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class OnbekendEventHandler : INotificationHandler<UnknownNotificationEvent>
{
    public Task HandleAsync(UnknownNotificationEvent notification, InboundMessage context, CancellationToken cancellationToken) => Task.CompletedTask;
}

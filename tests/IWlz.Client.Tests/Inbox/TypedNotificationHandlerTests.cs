using System.Collections.Concurrent;
using IWlz.Client.Inbox;
using IWlz.Client.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using static IWlz.Client.Tests.Inbox.InboxDispatcherTests;

namespace IWlz.Client.Tests.Inbox;

/// <summary>Typed notification handlers through the real dispatcher and in-memory inbox.</summary>
public sealed class TypedNotificationHandlerTests
{
    [Fact]
    public async Task Each_event_type_reaches_the_handler_of_its_own_class_with_the_typed_IDs()
    {
        var received = new Received();
        using var host = await StartAsync(received, b => b
            .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweHandler>()
            .AddNotificationHandler<VerwijderdeBemiddelingspecificatieZorgaanbieder, VerwijderdeHandler>()
            .AddNotificationHandler<NieuweIndicatieZorgkantoor, IndicatieHandler>());
        var inbox = host.Services.GetRequiredService<INotificationInbox>();

        var bemiddeling = Guid.NewGuid();
        var specificatie = Guid.NewGuid();
        var nieuw = TestMessages.Notificatie(subjects: new InboundSubject($"Bemiddeling/{bemiddeling}", $"Bemiddelingspecificatie/{specificatie}"));
        var verwijderd = TestMessages.Notificatie(eventType: "verwijderde_bemiddelingspecificatie_zorgaanbieder");
        var indicatieId = Guid.NewGuid();
        var indicatie = Indicatie(indicatieId);

        foreach (var message in new[] { nieuw, verwijderd, indicatie })
        {
            await inbox.AcceptAsync(message, default);
        }

        foreach (var message in new[] { nieuw, verwijderd, indicatie })
        {
            await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.Completed);
        }

        var n = Assert.IsType<NieuweBemiddelingspecificatieZorgaanbieder>(received.Events[nieuw.Id]);
        Assert.Equal(bemiddeling, n.BemiddelingID);
        Assert.Equal(specificatie, n.BemiddelingspecificatieID);
        Assert.Equal(new NotificationParty(IDType.UZOVI, "5000"), n.Afzender);
        var v = Assert.IsType<VerwijderdeBemiddelingspecificatieZorgaanbieder>(received.Events[verwijderd.Id]);
        Assert.True(v.IsDeletion);
        Assert.Equal("VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", v.EventType);
        var i = Assert.IsType<NieuweIndicatieZorgkantoor>(received.Events[indicatie.Id]);
        Assert.Equal(indicatieId, i.WlzIndicatieID);
        Assert.Equal(3, received.Events.Count);
    }

    [Fact]
    public async Task An_unknown_event_type_goes_to_the_unknown_event_handler()
    {
        var received = new Received();
        using var host = await StartAsync(received, b => b
            .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweHandler>()
            .AddNotificationHandler<UnknownNotificationEvent, UnknownHandler>());
        var inbox = host.Services.GetRequiredService<INotificationInbox>();
        var message = TestMessages.Notificatie(eventType: "TOEKOMSTIG_EVENT_DAT_NOG_NIET_BESTAAT");
        await inbox.AcceptAsync(message, default);

        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.Completed);
        var unknown = Assert.IsType<UnknownNotificationEvent>(Assert.Single(received.Events).Value);
        Assert.Equal("TOEKOMSTIG_EVENT_DAT_NOG_NIET_BESTAAT", unknown.EventType);
    }

    [Fact]
    public async Task Without_a_typed_handler_for_the_event_the_catch_all_gets_it()
    {
        var received = new Received();
        var recorder = new FlakyHandler(0);
        using var host = await StartAsync(received, b => b
            .AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweHandler>()
            .AddUnhandledMessageHandler<CatchAll>(), recorder);
        var inbox = host.Services.GetRequiredService<INotificationInbox>();
        var message = TestMessages.Notificatie(eventType: "GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER");
        await inbox.AcceptAsync(message, default);

        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.Completed);
        Assert.Empty(received.Events);
        Assert.Equal([message.Id], recorder.Calls);
    }

    [Theory]
    [InlineData("Bemiddeling/not-a-uuid", "Bemiddelingspecificatie/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b", "MalformedSubject")]
    [InlineData("Bemiddeling/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b", "123456782", "MalformedRecordId")]
    [InlineData("WlzIndicatie/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b", "Bemiddelingspecificatie/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b", "UnexpectedSubjectEntity")]
    public async Task Malformed_subject_IDs_are_dead_lettered_at_once_with_the_reason(string subject, string recordId, string reason)
    {
        var received = new Received();
        using var host = await StartAsync(received, b => b.AddNotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder, NieuweHandler>());
        var inbox = host.Services.GetRequiredService<INotificationInbox>();
        var message = TestMessages.Notificatie(subjects: new InboundSubject(subject, recordId));
        await inbox.AcceptAsync(message, default);

        await Eventually(async () => (await inbox.GetAsync(message.Id, default))!.Status == InboxEntryStatus.DeadLettered);
        var entry = (await inbox.GetAsync(message.Id, default))!;
        Assert.Equal(1, entry.Attempts);
        Assert.Contains(reason, entry.LastError, StringComparison.Ordinal);
        Assert.Contains("UnprocessableMessageException", entry.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", entry.LastError!, StringComparison.Ordinal);
        Assert.Empty(received.Events);
    }

    private static InboundMessage Indicatie(Guid indicatieId) => new()
    {
        Id = Guid.NewGuid(),
        Kind = InboundMessageKind.Notificatie,
        Timestamp = DateTimeOffset.UtcNow,
        AfzenderIDType = "KVK",
        AfzenderID = "50000535",
        OntvangerIDType = "UZOVI",
        OntvangerID = "5000",
        EventType = NieuweIndicatieZorgkantoor.EventTypeName,
        SubjectList = [new InboundSubject($"WlzIndicatie/{indicatieId}", $"WlzIndicatie/{indicatieId}")],
        ReceivedAt = DateTimeOffset.UtcNow,
    };

    private static async Task<IHost> StartAsync(Received received, Action<NotificationInboxBuilder> configure, FlakyHandler? recorder = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(received);
        builder.Services.AddSingleton(recorder ?? new FlakyHandler(0));
        var inbox = builder.Services.AddIWlzInbox(o =>
        {
            o.MaxAttempts = 5;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(40);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
            o.PollInterval = TimeSpan.FromMilliseconds(20);
        }).UseInMemory();
        configure(inbox);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public sealed class Received
    {
        public ConcurrentDictionary<Guid, NotificationEvent> Events { get; } = new();

        public Task Add(NotificationEvent notification, InboundMessage context)
        {
            Assert.True(Events.TryAdd(context.Id, notification), "delivered twice");
            return Task.CompletedTask;
        }
    }

    public sealed class NieuweHandler(Received received) : INotificationHandler<NieuweBemiddelingspecificatieZorgaanbieder>
    {
        public Task HandleAsync(NieuweBemiddelingspecificatieZorgaanbieder notification, InboundMessage context, CancellationToken cancellationToken) => received.Add(notification, context);
    }

    public sealed class VerwijderdeHandler(Received received) : INotificationHandler<VerwijderdeBemiddelingspecificatieZorgaanbieder>
    {
        public Task HandleAsync(VerwijderdeBemiddelingspecificatieZorgaanbieder notification, InboundMessage context, CancellationToken cancellationToken) => received.Add(notification, context);
    }

    public sealed class IndicatieHandler(Received received) : INotificationHandler<NieuweIndicatieZorgkantoor>
    {
        public Task HandleAsync(NieuweIndicatieZorgkantoor notification, InboundMessage context, CancellationToken cancellationToken) => received.Add(notification, context);
    }

    public sealed class UnknownHandler(Received received) : INotificationHandler<UnknownNotificationEvent>
    {
        public Task HandleAsync(UnknownNotificationEvent notification, InboundMessage context, CancellationToken cancellationToken) => received.Add(notification, context);
    }
}

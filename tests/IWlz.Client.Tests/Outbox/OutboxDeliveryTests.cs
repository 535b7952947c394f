using System.Globalization;
using System.Text.Json;
using IWlz.Client.Notifications;
using IWlz.Client.Outbox;
using IWlz.Client.Sending;
using IWlz.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static IWlz.Client.Tests.Outbox.OutboxHarness;

namespace IWlz.Client.Tests.Outbox;

/// <summary>
/// The outbox end to end through the SDK's real transport: WireMock over mutual TLS as nID, the PEP and the
/// recipients. Exact bodies, scope and audience per recipient type, sent exactly once after a 200.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private static readonly Guid Bemiddeling = Guid.Parse("11111111-2222-4333-8444-555555555555");
    private static readonly Guid Specificatie = Guid.Parse("0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21");
    private static readonly DateTimeOffset Timestamp = new(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_notification_is_sent_exactly_once_with_the_exact_body(bool sqlite)
    {
        await using var harness = await StartAsync(Acknowledging, sqlite: sqlite);
        var notificatie = OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, Agb), Bemiddeling, Specificatie, Timestamp);

        var handle = await harness.Outbox.EnqueueAsync(notificatie);
        var delivered = await handle.WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(OutboxMessageStatus.Delivered, delivered.Status);
        Assert.Equal(1, delivered.Attempts);
        Assert.NotNull(delivered.ReceiverId);
        Assert.Matches("^[0-9a-f]{32}$", delivered.LastTraceId);
        var body = Assert.Single(harness.PepBodies());
        Assert.Contains(delivered.ReceiverId.Value.ToString(), Assert.Single(harness.Network.PepRequests).ResponseMessage!.BodyData!.BodyAsString!, StringComparison.Ordinal);
        AssertBody(
            body,
            "zendNotificatie",
            """{"afzenderID":"9902","afzenderIDType":"UZOVI","eventType":"NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER","ontvangerID":"98000044","ontvangerIDType":"AGB","ontvangerKenmerk":null,"timestamp":"2024-05-01T10:00:00+02:00","subjectList":[{"subject":"Bemiddeling/11111111-2222-4333-8444-555555555555","recordID":"Bemiddelingspecificatie/0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21"}]}""");

        // Never again after the 200: the sender keeps polling, WireMock sees no second request.
        await Task.Delay(300);
        Assert.Single(harness.Network.PepRequests);
        Assert.Equal(new OutboxStatistics(0, 1, 0), await harness.Outbox.GetStatisticsAsync());

        // The outbox's log lines name the message ID and event type, never the subjects or the receiver.
        var logs = string.Join('\n', harness.Logs.Records.Select(r => r.Message));
        Assert.Contains(handle.Id.ToString(), logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Specificatie.ToString(), logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Bemiddeling.ToString(), logs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_melding_is_sent_with_the_exact_body()
    {
        await using var harness = await StartAsync(Acknowledging);
        var melding = new FoutmeldingBuilder(new NotificationParty(IDType.KVK, "62253778"))
            .Add("IRG0012", "Stoornis", Specificatie)
            .Add("RS038", "WlzIndicatie/" + Bemiddeling)
            .OnBehalfOf(IDType.AGB, "98000044")
            .At(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero))
            .Build();

        var delivered = await (await harness.Outbox.EnqueueAsync(melding)).WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(delivered.ReceiverId);
        AssertBody(
            Assert.Single(harness.PepBodies()),
            "zendMelding",
            """{"timestamp":"2024-05-01T08:00:00+00:00","afzenderIDType":"UZOVI","afzenderID":"9902","ontvangerIDType":"KVK","ontvangerID":"62253778","ontvangerKenmerk":"AGB:98000044","eventType":"IWLZFOUTMELDING","subjectList":[{"subject":"IRG0012","recordID":"Stoornis/0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21"},{"subject":"RS038","recordID":"WlzIndicatie/11111111-2222-4333-8444-555555555555"}]}""");
    }

    [Theory]
    [InlineData("notificatie", "AGB", IWlzScopes.NotificatieCreateZorgaanbieder, "https://notificaties.za-98000044.test/graphql")]
    [InlineData("notificatie", "UZOVI", IWlzScopes.NotificatieCreateZorgkantoor, "https://notificaties.zk-5151.test/graphql")]
    [InlineData("melding", "AGB", IWlzScopes.MeldingCreateZorgaanbieder, "https://notificaties.za-98000044.test/graphql")]
    [InlineData("melding", "UZOVI", IWlzScopes.MeldingCreateZorgkantoor, "https://notificaties.zk-5151.test/graphql")]
    [InlineData("melding", "KVK", IWlzScopes.MeldingCreateIndicatieorgaan, "https://meldingen.ciz.test/graphql")]
    public async Task The_token_carries_the_scope_of_the_recipient_type_and_its_resource_as_audience(string kind, string idType, string scope, string audience)
    {
        await using var harness = await StartAsync(Acknowledging);
        OutgoingMessage message = (kind, idType) switch
        {
            ("notificatie", "AGB") => OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, Agb), Bemiddeling, Specificatie),
            ("notificatie", "UZOVI") => OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgkantoor>(new NotificationParty(IDType.UZOVI, Uzovi), Bemiddeling, Specificatie),
            (_, "AGB") => new FoutmeldingBuilder(new NotificationParty(IDType.AGB, Agb)).Add("GGR0001", "Client", Specificatie).Build(),
            (_, "UZOVI") => new FoutmeldingBuilder(new NotificationParty(IDType.UZOVI, Uzovi)).Add("GGR0001", "Client", Specificatie).Build(),
            _ => new FoutmeldingBuilder(new NotificationParty(IDType.KVK, "62253778")).Add("GGR0001", "Client", Specificatie).Build(),
        };

        await (await harness.Outbox.EnqueueAsync(message)).WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30));

        using var token = JsonDocument.Parse(Assert.Single(harness.Network.TokenRequests).RequestMessage!.Body!);
        Assert.Equal(scope, token.RootElement.GetProperty("scope").GetString());
        Assert.Equal(audience, token.RootElement.GetProperty("audience").GetString());
        Assert.NotNull(Assert.Single(harness.Network.PepRequests).RequestMessage!.Headers!["Authorization"]);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_waited_for()
    {
        await using var harness = await StartAsync(n => n.WithPepSequence(
            (429, """{"errors":[{"message":"slow down"}]}""", "application/json", "1"),
            (200, Acknowledgement(Guid.NewGuid()), "application/graphql-response+json", null)));

        var delivered = await (await harness.Outbox.EnqueueAsync(Notificatie())).WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, delivered.Attempts);
        var requests = harness.Network.PepRequests.Select(e => e.RequestMessage!.DateTime).Order().ToList();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1] - requests[0] >= TimeSpan.FromMilliseconds(950), $"The retry came after {requests[1] - requests[0]}, before the Retry-After of 1 second.");
    }

    [Fact]
    public async Task The_transport_hands_retry_after_to_a_direct_send()
    {
        await using var harness = await StartAsync(n => n.WithPepSequence((429, """{"errors":[{"message":"slow down"}]}""", "application/json", "7")), o => o.MaxAttempts = 1);

        var result = await harness.Services.GetRequiredService<INotificatieSender>().SendAsync(Notificatie());

        Assert.Equal(SendFailureReason.RateLimited, result.FailureReason);
        Assert.True(result.IsRetryable);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
    }

    [Fact]
    public async Task Retry_after_as_an_HTTP_date_schedules_the_next_attempt()
    {
        var until = DateTimeOffset.UtcNow.AddMinutes(2).ToString("R", CultureInfo.InvariantCulture);
        await using var harness = await StartAsync(n => n.WithPepSequence((503, """{"errors":[{"message":"maintenance"}]}""", "application/json", until)));

        var handle = await harness.Outbox.EnqueueAsync(Notificatie());
        OutboxEntry? entry = null;
        await Eventually(() => (entry = handle.GetStateAsync().GetAwaiter().GetResult()) is { LastFailureReason: SendFailureReason.ServerError });

        Assert.Equal(OutboxMessageStatus.Pending, entry!.Status);
        var wait = entry.NextAttemptAt - DateTimeOffset.UtcNow;
        Assert.InRange(wait, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(121));
        Assert.Single(harness.Network.PepRequests);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Retryable_statuses_are_retried_until_delivered(int status)
    {
        await using var harness = await StartAsync(n => n.WithPepSequence(
            (status, """{"errors":[{"message":"try again"}]}""", "application/json", null),
            (status, """{"errors":[{"message":"try again"}]}""", "application/json", null),
            (200, Acknowledgement(Guid.NewGuid()), "application/graphql-response+json", null)));

        var delivered = await (await harness.Outbox.EnqueueAsync(Notificatie())).WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, delivered.Attempts);
        Assert.Equal(3, harness.Network.PepRequests.Count);
    }

    [Fact]
    public async Task An_attempt_without_an_answer_in_time_is_retried()
    {
        await using var harness = await StartAsync(
            n =>
            {
                n.Server.Given(Request.Create().WithPath("/pep").UsingPost()).InScenario("pep").WillSetStateTo("slow once")
                    .RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(3)).WithStatusCode(200).WithHeader("Content-Type", "application/graphql-response+json").WithBody(Acknowledgement(Guid.NewGuid())));
                n.Server.Given(Request.Create().WithPath("/pep").UsingPost()).InScenario("pep").WhenStateIs("slow once")
                    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/graphql-response+json").WithBody(Acknowledgement(Guid.NewGuid())));
            },
            o => o.AttemptTimeout = TimeSpan.FromMilliseconds(700));

        var delivered = await (await harness.Outbox.EnqueueAsync(Notificatie())).WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, delivered.Attempts);
        await Eventually(() => harness.Network.PepRequests.Count == 2); // WireMock logs the slow request when its answer is done
    }

    [Fact]
    public async Task A_connection_failure_is_retried_until_the_last_attempt()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens on this port any more: every connection is refused
        await using var harness = await StartAsync(Acknowledging, o => o.MaxAttempts = 3, pepOverride: new Uri($"https://127.0.0.1:{port}/pep"));
        var handle = await harness.Outbox.EnqueueAsync(Notificatie());

        var failed = await Assert.ThrowsAsync<OutboxDeliveryException>(() => handle.WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(3, failed.Entry.Attempts);
        Assert.Equal(SendFailureReason.Transport, failed.Entry.LastFailureReason);
        Assert.Empty(harness.Network.PepRequests);
    }

    [Theory]
    [InlineData(400, """{"errors":[{"message":"Syntax error"}]}""", SendFailureReason.Rejected)]
    [InlineData(401, "Unauthorized", SendFailureReason.Rejected)]
    [InlineData(403, """{"errors":[{"message":"Policy: Access Denied"}]}""", SendFailureReason.Rejected)]
    [InlineData(403, """{"errors":[{"message":"ontvanger is not valid"}]}""", SendFailureReason.OntvangerNotValid)]
    [InlineData(400, """{"errors":[{"message":"event_type is not valid","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", SendFailureReason.EventTypeNotValid)]
    [InlineData(200, """{"data":null,"errors":[{"message":"could not store"}]}""", SendFailureReason.Rejected)]
    [InlineData(200, """{"data":{"zendNotificatie":{"notificatieID":"0652fd1b-1809-4889-985d-b1fff484a780"}},"errors":[{"message":"partly"}]}""", SendFailureReason.Rejected)]
    public async Task Refusals_are_dead_lettered_at_once_without_a_retry(int status, string body, SendFailureReason reason)
    {
        var contentType = body.StartsWith('{') ? "application/json" : "text/plain";
        await using var harness = await StartAsync(n => n.WithPep(status, body, contentType));

        var handle = await harness.Outbox.EnqueueAsync(Notificatie());
        var failed = await Assert.ThrowsAsync<OutboxDeliveryException>(() => handle.WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(OutboxMessageStatus.DeadLettered, failed.Entry.Status);
        Assert.Equal(1, failed.Entry.Attempts);
        Assert.Equal(reason, failed.Entry.LastFailureReason);
        Assert.Contains(handle.Id.ToString(), failed.Message, StringComparison.Ordinal);
        var sent = harness.Network.PepRequests.Count;
        Assert.InRange(sent, 1, 2); // a 401 is repeated once by the transport with a fresh token
        await Task.Delay(200);
        Assert.Equal(sent, harness.Network.PepRequests.Count);
    }

    [Fact]
    public async Task After_the_last_attempt_a_message_is_dead_lettered_visible_and_replayable()
    {
        await using var harness = await StartAsync(n => n.WithPep(503, """{"errors":[{"message":"down"}]}""", "application/json"), o => o.MaxAttempts = 3);
        var handle = await harness.Outbox.EnqueueAsync(Notificatie());

        var failed = await Assert.ThrowsAsync<OutboxDeliveryException>(() => handle.WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(3, failed.Entry.Attempts);
        Assert.Equal(SendFailureReason.ServerError, failed.Entry.LastFailureReason);
        Assert.Equal(3, harness.Network.PepRequests.Count);
        var dead = Assert.Single(await harness.Outbox.ListAsync(OutboxMessageStatus.DeadLettered));
        Assert.Equal(handle.Id, dead.Id);
        Assert.Equal(new OutboxStatistics(0, 0, 1), await harness.Outbox.GetStatisticsAsync());
        await Task.Delay(100);
        Assert.Equal(3, harness.Network.PepRequests.Count);

        // The receiver is back: replay sends the same message again and it is delivered.
        harness.Network.Server.ResetMappings();
        harness.Network.WithToken();
        Acknowledging(harness.Network);
        Assert.True(await harness.Outbox.ReplayAsync(handle.Id));
        Assert.False(await harness.Outbox.ReplayAsync(Guid.NewGuid()));
        var delivered = await harness.Outbox.GetHandle(handle.Id).WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, delivered.Attempts);
        Assert.NotNull(delivered.ReceiverId);
        var bodies = harness.PepBodies();
        Assert.Equal(4, bodies.Count);
        Assert.Equal(bodies[0], bodies[3]); // the very same message: the receiver can recognise a repeat
        Assert.False(await harness.Outbox.ReplayAsync(handle.Id)); // delivered messages are not replayed
    }

    [Fact]
    public async Task A_recipient_missing_from_the_address_book_is_dead_lettered_without_a_request()
    {
        await using var harness = await StartAsync(Acknowledging);
        var handle = await harness.Outbox.EnqueueAsync(OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, "12345678"), Bemiddeling, Specificatie));

        var failed = await Assert.ThrowsAsync<OutboxDeliveryException>(() => handle.WaitForDeliveryAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(SendFailureReason.NoEndpoint, failed.Entry.LastFailureReason);
        Assert.Empty(harness.Network.PepRequests);
    }

    internal static OutgoingNotificatie Notificatie() =>
        OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, Agb), Bemiddeling, Guid.NewGuid());

    /// <summary>The whole body: the shipped operation, its name, and exactly these variables.</summary>
    private static void AssertBody(string body, string operationName, string variables)
    {
        using var json = JsonDocument.Parse(body);
        var query = json.RootElement.GetProperty("query").GetString()!;
        Assert.Contains($"mutation {operationName}(", query, StringComparison.Ordinal);
        var expected = $$"""{"query":{{JsonSerializer.Serialize(query)}},"operationName":"{{operationName}}","variables":{{variables}}}""";
        Assert.Equal(Normalize(expected), Normalize(body));
    }

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}

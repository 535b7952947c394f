using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IWlz.Client.AspNetCore.Tests.Infrastructure;
using IWlz.Client.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace IWlz.Client.AspNetCore.Tests;

public sealed class NetwerkpuntEndpointTests
{
    [Fact]
    public async Task A_notification_with_variables_is_stored_before_it_is_acknowledged_with_a_new_uuid_v4()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (status, body, response) = await Requests.PostAsync(client, Requests.Notificatie());

        Assert.Equal(200, status);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        var id = Guid.Parse(body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);
        Assert.Equal(4, id.Version);
        Assert.Single(body.RootElement.GetProperty("data").GetProperty("zendNotificatie").EnumerateObject());

        // Stored: a separate connection to the database file finds it.
        await using var reader = new SqliteNotificationInbox(new IWlz.Client.Storage.SqliteStorageOptions { DatabasePath = Path.Combine(server.Folder, "inbox.db") });
        var stored = await reader.GetAsync(id, default);
        Assert.NotNull(stored);
        Assert.Equal("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", stored.Message.EventType);
        Assert.Equal(SharedCertificates.Pep.Subject, stored.Message.Caller.ClientCertificateSubject);

        await Recorder.Eventually(() => server.Recorder.Notificaties.Any(n => n.Id == id));
    }

    [Fact]
    public async Task A_notification_with_inline_literals_is_accepted()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        const string Document = """
            mutation {
              zendNotificatie(notificatieInput: {
                timestamp: "2025-03-01T10:00:00+01:00", afzenderIDType: UZOVI, afzenderID: "5000",
                ontvangerIDType: AGB, ontvangerID: "01234567", ontvangerKenmerk: "abonnement-1",
                eventType: "NIEUWE_REGIEHOUDER_ZORGAANBIEDER",
                subjectList: { subject: "Bemiddeling/2f1c3f0e-1d2a-4b6e-9a49-0c7bd1b2a0f1", recordID: "Regiehouder/4c0b1c2e-9a7d-4c4a-8d1e-3b2a1c0d9e8f" }
              }) { notificatieID }
            }
            """;

        var (status, body, _) = await Requests.PostAsync(client, Requests.Body(Document));

        Assert.Equal(200, status);
        var id = Guid.Parse(body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);
        await Recorder.Eventually(() => server.Recorder.Notificaties.Any(n => n.Id == id));
        var received = server.Recorder.Notificaties.Single(n => n.Id == id);
        Assert.Equal("abonnement-1", received.OntvangerKenmerk);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), received.Timestamp.ToUniversalTime());
        Assert.Equal("Regiehouder/4c0b1c2e-9a7d-4c4a-8d1e-3b2a1c0d9e8f", Assert.Single(received.SubjectList).RecordID);
    }

    [Fact]
    public async Task The_selection_set_decides_which_fields_are_echoed()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        const string Document = """
            mutation Send($input: NotificatieInput!, $withType: Boolean = true) {
              __typename
              ack: zendNotificatie(notificatieInput: $input) {
                id: notificatieID
                ... on Message { eventType afzenderIDType }
                ...Sender
                __typename @include(if: $withType)
                ontvangerKenmerk @skip(if: true)
                subjectList { recordID __typename }
              }
            }
            fragment Sender on Notificatie { afzenderID timestamp }
            """;
        var input = Requests.NotificatieInput(afzenderIDType: "AGBCODE", recordId: "Bemiddelingspecificatie/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b");

        var (status, body, _) = await Requests.PostAsync(client, Requests.Body(Document, new JsonObject { ["input"] = input }, "Send"));

        Assert.True(status == 200, body?.RootElement.ToString());
        var data = body!.RootElement.GetProperty("data");
        Assert.Equal("Mutation", data.GetProperty("__typename").GetString());
        var ack = data.GetProperty("ack");
        Assert.Equal(["id", "eventType", "afzenderIDType", "afzenderID", "timestamp", "__typename", "subjectList"], ack.EnumerateObject().Select(p => p.Name));
        Assert.Equal("AGB", ack.GetProperty("afzenderIDType").GetString());
        Assert.Equal("Notificatie", ack.GetProperty("__typename").GetString());
        Assert.Equal("2025-03-01T10:00:00+00:00", ack.GetProperty("timestamp").GetString());
        var subject = Assert.Single(ack.GetProperty("subjectList").EnumerateArray());
        Assert.Equal("Bemiddelingspecificatie/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b", subject.GetProperty("recordID").GetString());
        Assert.Equal("SubjectEntity", subject.GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("AGBCODE")]
    [InlineData("AgbCode")]
    [InlineData("agb")]
    public async Task AGBCODE_variants_are_stored_as_AGB(string idType)
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        var literal = Requests.Body($$"""
            mutation { zendNotificatie(notificatieInput: { timestamp: "2025-03-01T10:00:00Z", afzenderIDType: UZOVI, afzenderID: "5000",
              ontvangerIDType: {{idType}}, ontvangerID: "01234567", eventType: "X", subjectList: [{ subject: "A/1", recordID: "B/1" }] }) { ontvangerIDType } }
            """);
        var (status, body, _) = await Requests.PostAsync(client, literal);
        Assert.Equal(200, status);
        Assert.Equal("AGB", body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("ontvangerIDType").GetString());
    }

    [Fact]
    public async Task An_unknown_event_type_is_accepted_and_reaches_the_catch_all_when_no_notification_handler_exists()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(
            SharedCertificates.Ca,
            inbox: b => b.Services.AddUnhandled(),
            registerRecorder: false);
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (status, body, _) = await Requests.PostAsync(client, Requests.Notificatie(Requests.NotificatieInput(eventType: "IETS_NIEUWS_DAT_NIEMAND_KENT")));

        Assert.Equal(200, status);
        var id = Guid.Parse(body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);
        await Recorder.Eventually(() => server.Recorder.Unhandled.Any(m => m.Id == id));
        Assert.Equal("IETS_NIEUWS_DAT_NIEMAND_KENT", server.Recorder.Unhandled.Single(m => m.Id == id).EventType);
    }

    [Fact]
    public async Task A_melding_reaches_melding_handlers_with_codes_parsed()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        var input = new JsonObject
        {
            ["timestamp"] = "2025-03-01T10:00:00Z",
            ["afzenderIDType"] = "KVK",
            ["afzenderID"] = "62253778",
            ["ontvangerIDType"] = "Uzovi",
            ["ontvangerID"] = "5000",
            ["ontvangerKenmerk"] = "UZOVI:5151",
            ["eventType"] = "IWLZFOUTMELDING",
            ["subjectList"] = new JsonArray(
                new JsonObject { ["subject"] = "BRS13 The 'Soort' element is invalid", ["recordID"] = "bemiddeling/bemiddelingspecificatie/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b" },
                new JsonObject { ["subject"] = "GGR0001", ["recordID"] = "Client/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" }),
        };

        var (status, body, _) = await Requests.PostAsync(client, Requests.Body(Requests.MeldingDocument, new JsonObject { ["meldingInput"] = input }));

        Assert.Equal(200, status);
        var id = Guid.Parse(body!.RootElement.GetProperty("data").GetProperty("zendMelding").GetProperty("meldingID").GetString()!);
        await Recorder.Eventually(() => server.Recorder.Meldingen.Any(m => m.MeldingID == id));
        var melding = server.Recorder.Meldingen.Single(m => m.MeldingID == id);
        Assert.True(melding.IsFoutmelding);
        Assert.True(melding.IsFromMessageBridge);
        Assert.Equal(["BRS13", "GGR0001"], melding.Subjects.Select(s => s.Code));
        Assert.Equal("UZOVI", melding.Message.OntvangerIDType);
        Assert.Empty(server.Recorder.Notificaties);
    }

    [Fact]
    public async Task A_repeat_gets_the_same_id_and_the_handler_runs_once()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        var input = Requests.NotificatieInput();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (status, body, _) = await Requests.PostAsync(client, Requests.Notificatie((JsonObject)input.DeepClone()));
            Assert.Equal(200, status);
            ids.Add(body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);
        }

        // The same instant written with another offset is the same message.
        var shifted = (JsonObject)input.DeepClone();
        shifted["timestamp"] = "2025-03-01T11:00:00.000+01:00";
        var (_, again, _) = await Requests.PostAsync(client, Requests.Notificatie(shifted));
        ids.Add(again!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);

        Assert.Single(ids.Distinct());
        var id = Guid.Parse(ids[0]);
        await Recorder.Eventually(() => server.Recorder.Notificaties.Any(n => n.Id == id));
        await Task.Delay(300);
        Assert.Single(server.Recorder.Notificaties, n => n.Id == id);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == 5002);
    }

    [Fact]
    public async Task A_valid_B3_trace_is_continued_and_echoed()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        var (status, _, response) = await Requests.PostAsync(client, Requests.Notificatie(), r =>
        {
            r.Headers.Add("X-B3-TraceId", TraceId);
            r.Headers.Add("X-B3-SpanId", "00f067aa0ba902b7");
        });

        Assert.Equal(200, status);
        Assert.Equal(TraceId, response.Headers.GetValues("X-B3-TraceId").Single());
        Assert.DoesNotContain(server.Logs.Entries, e => e.EventId.Id == 5004);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("not-a-trace-id")]
    [InlineData("4BF92F3577B34DA6A3CE929D0E0E47ZZ")]
    public async Task A_missing_or_invalid_B3_trace_starts_a_new_one_and_is_never_refused(string? traceId)
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (status, _, response) = await Requests.PostAsync(client, Requests.Notificatie(), r =>
        {
            if (traceId is not null)
            {
                r.Headers.TryAddWithoutValidation("X-B3-TraceId", traceId);
            }
        });

        Assert.Equal(200, status);
        var echoed = response.Headers.GetValues("X-B3-TraceId").Single();
        Assert.Matches("^[0-9a-f]{32}$", echoed);
        Assert.NotEqual(new string('0', 32), echoed);
        Assert.NotEqual(traceId, echoed);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == 5004 && e.Text.Contains(echoed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("*/*", "application/graphql-response+json")]
    public async Task The_response_media_type_follows_the_accept_header(string accept, string expected)
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        var (ok, _, response) = await Requests.PostAsync(client, Requests.Notificatie(), r => r.Headers.TryAddWithoutValidation("Accept", accept));
        Assert.Equal(200, ok);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        var (bad, _, error) = await Requests.PostAsync(client, "{", r => r.Headers.TryAddWithoutValidation("Accept", accept));
        Assert.Equal(400, bad);
        Assert.Equal(expected, error.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_claims_header_is_exposed_to_handlers(bool base64)
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        const string Claims = """{"client_id":"uzovi:5000","sub":"uzovi:5000","scope":"organisaties/zorgaanbieder/notificaties/notificatie:create","instantie_type":"Zorgkantoor"}""";
        var header = base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(Claims)).TrimEnd('=').Replace('+', '-').Replace('/', '_') : Claims;

        var (status, body, _) = await Requests.PostAsync(client, Requests.Notificatie(), r => r.Headers.TryAddWithoutValidation("claims", header));

        Assert.Equal(200, status);
        var id = Guid.Parse(body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);
        await Recorder.Eventually(() => server.Recorder.Notificaties.Any(n => n.Id == id));
        var caller = server.Recorder.Notificaties.Single(n => n.Id == id).Caller;
        Assert.Equal("uzovi:5000", caller.ClientId);
        Assert.Equal("Zorgkantoor", caller.InstantieType);
        Assert.Equal(["organisaties/zorgaanbieder/notificaties/notificatie:create"], caller.Scopes);
        Assert.Null(caller.ClaimsError);
    }

    [Fact]
    public async Task An_unreadable_claims_header_is_recorded_and_the_message_still_accepted()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        var (status, body, _) = await Requests.PostAsync(client, Requests.Notificatie(), r => r.Headers.TryAddWithoutValidation("claims", "%%% not claims %%%"));
        Assert.Equal(200, status);
        var id = Guid.Parse(body!.RootElement.GetProperty("data").GetProperty("zendNotificatie").GetProperty("notificatieID").GetString()!);
        await Recorder.Eventually(() => server.Recorder.Notificaties.Any(n => n.Id == id));
        var caller = server.Recorder.Notificaties.Single(n => n.Id == id).Caller;
        Assert.Null(caller.ClaimsJson);
        Assert.NotNull(caller.ClaimsError);
    }

    [Fact]
    public async Task A_sender_that_does_not_match_the_claims_is_refused_when_that_check_is_on()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, options: o => o.RequireSenderMatchesClaims = true);
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (wrong, error, _) = await Requests.PostAsync(client, Requests.Notificatie(), r => r.Headers.TryAddWithoutValidation("claims", """{"client_id":"uzovi:9999"}"""));
        var (right, _, _) = await Requests.PostAsync(client, Requests.Notificatie(), r => r.Headers.TryAddWithoutValidation("claims", """{"client_id":"uzovi:5000"}"""));

        Assert.Equal(403, wrong);
        Assert.Equal("FORBIDDEN", error!.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(200, right);
    }

    [Fact]
    public async Task Without_a_client_certificate_the_endpoint_answers_403()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(clientCertificate: null);
        var (status, body, _) = await Requests.PostAsync(client, Requests.Notificatie());
        Assert.Equal(403, status);
        Assert.Contains("client certificate", body!.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await server.Inbox.GetStatisticsAsync(default)).Pending);
    }

    [Fact]
    public async Task A_client_certificate_from_another_ca_is_refused()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var otherCa = new TestCertificateAuthority("Other Root", TestCertificateKeyType.EcdsaP256);
        using var foreign = otherCa.IssueClient("Impostor", "IMPOSTOR-1");
        using var client = server.CreateClient(foreign);
        var (status, _, _) = await Requests.PostAsync(client, Requests.Notificatie());
        Assert.Equal(403, status);
    }

    [Fact]
    public async Task With_the_certificate_required_in_the_handshake_a_foreign_certificate_cannot_connect()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, certificateRequiredByTls: true);
        using var otherCa = new TestCertificateAuthority("Other Root", TestCertificateKeyType.EcdsaP256);
        using var foreign = otherCa.IssueClient("Impostor", "IMPOSTOR-1");
        using (var good = server.CreateClient(SharedCertificates.Pep))
        {
            Assert.Equal(200, (await Requests.PostAsync(good, Requests.Notificatie())).Status);
        }

        using var bad = server.CreateClient(foreign);
        await Assert.ThrowsAsync<HttpRequestException>(() => Requests.PostAsync(bad, Requests.Notificatie()));
    }

    [Fact]
    public async Task When_storing_fails_the_message_is_not_acknowledged()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca, inbox: b => b.UseInbox<FailingInbox>());
        using var client = server.CreateClient(SharedCertificates.Pep);
        var (status, body, response) = await Requests.PostAsync(client, Requests.Notificatie());
        Assert.Equal(503, status);
        Assert.Equal("SERVICE_UNAVAILABLE", body!.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Logs_never_contain_the_payload_or_the_claims()
    {
        // A BSN-like canary that passes the 11-proef, in every free-text field of the message and in the claims.
        const string Canary = "123456782";
        Assert.True(IWlz.Client.Privacy.Bsn.IsValid(Canary));
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        using var client = server.CreateClient(SharedCertificates.Pep);
        var input = Requests.NotificatieInput(eventType: "EVENT_" + Canary, recordId: "Client/" + Canary);
        input["afzenderID"] = Canary;
        input["ontvangerKenmerk"] = Canary;

        var (status, _, _) = await Requests.PostAsync(client, Requests.Notificatie(input), r => r.Headers.TryAddWithoutValidation("claims", $$"""{"sub":"{{Canary}}"}"""));
        var (bad, _, _) = await Requests.PostAsync(client, Requests.Body($"mutation {{ zendNotificatie(notificatieInput: {{ afzenderID: \"{Canary}\" }}) {{ notificatieID }} }}"));

        Assert.Equal(200, status);
        Assert.Equal(400, bad);
        await Recorder.Eventually(() => server.Recorder.Notificaties.Count == 1);
        await Task.Delay(100);
        Assert.DoesNotContain(Canary, server.Logs.AllText(), StringComparison.Ordinal);
    }
}

internal static class RecorderRegistration
{
    public static void AddUnhandled(this IServiceCollection services) =>
        services.AddSingleton<IUnhandledMessageHandler>(sp => sp.GetRequiredService<Recorder>());
}

/// <summary>An inbox whose disk is full: storing always fails.</summary>
internal sealed class FailingInbox : DelegatingInbox
{
    public override Task<InboxAcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken) =>
        throw new IOException("disk full");
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using IWlz.Client.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.AspNetCore.Tests;

/// <summary>
/// Malformed, hostile and oversize requests: every one is answered with a 4xx GraphQL error (or a 200 when a
/// generated request happens to be valid), never a 5xx, never a crash, never an unexpected failure in the log.
/// </summary>
public sealed class HostileInputTests(HostileInputTests.ServerFixture fixture) : IClassFixture<HostileInputTests.ServerFixture>
{
    // Some generated requests happen to be valid; generating more than 10,000 keeps at least 10,000 refused ones.
    private const int GeneratedRequests = 12_000;
    private const int RequiredRefusals = 10_000;

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "@", "...", "=", ",", "|", "&", "\"", "\"\"\"", "#", "\n",
        "mutation", "query", "subscription", "fragment", "on", "null", "true", "false", "0", "-1", "1.5e300", "99999999999",
        "zendNotificatie", "zendMelding", "notificatieInput", "meldingInput", "NotificatieInput", "MeldingInput", "notificatieID",
        "subjectList", "subject", "recordID", "timestamp", "AGB", "AGBCODE", "UZOVI", "__typename", "__schema", "@skip", "@include(if: true)",
        "$x", "String!", "[String!]!", "\"text\"", "\"\\u0000\"", "\"\\uD800\"", "\"\\u00e9\"", "x", "_",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json", "application/json; charset=utf-8",
        "application/json; charset=iso-8859-1", "text/plain", "application/graphql", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/graphql-response+json", "garbage/", ";;;", "",
    ];

    [Fact]
    public async Task At_least_ten_thousand_generated_hostile_requests_over_TLS_get_no_5xx_and_no_crash()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);
        Assert.Equal(Uri.UriSchemeHttps, server.Endpoint.Scheme);
        using var client = server.CreateClient(SharedCertificates.Pep);
        var cases = RequestGenerator().Sample(GeneratedRequests, new Rnd(20260529UL), 60);
        Assert.Equal(GeneratedRequests, cases.Length);

        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, ct) =>
        {
            var status = await SendAsync(client, c);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status is >= 500 or < 200)
            {
                failures.Enqueue($"{status} for {c.ContentType} {Shorten(c.Body)}");
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} requests failed, for example:\n{string.Join("\n", failures.Take(5))}");
        Assert.True(statuses.Keys.All(s => s is 200 or 400 or 415), "Unexpected statuses: " + string.Join(", ", statuses.Keys));
        var refused = statuses.GetValueOrDefault(400) + statuses.GetValueOrDefault(415);
        Assert.True(refused >= RequiredRefusals, $"Only {refused} generated requests were malformed enough to be refused; at least {RequiredRefusals} are required.");
        Assert.True(statuses.GetValueOrDefault(200) > 0, "Some generated requests are valid and must be accepted.");
        AssertNoUnexpectedFailures(server);
        Assert.Equal(200, (await Requests.PostAsync(client, Requests.Notificatie())).Status);
    }

    public static TheoryData<string, string, int> EdgeCases()
    {
        var valid = Requests.Notificatie();
        var deepJson = new string('[', 5000) + new string(']', 5000);
        var deepSelection = "mutation { zendNotificatie(notificatieInput: {}) " + string.Concat(Enumerable.Repeat("{ subjectList ", 300)) + new string('}', 301);
        var exponential = "mutation($i: NotificatieInput!) { zendNotificatie(notificatieInput: $i) { ...F0 } } "
            + string.Concat(Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Notificatie {{ ...F{i + 1} a{i}: notificatieID ...F{i + 1} }} "))
            + "fragment F12 on Notificatie { notificatieID }";
        var inputWith = (Action<JsonObject> change) =>
        {
            var input = Requests.NotificatieInput();
            change(input);
            return Requests.Notificatie(input);
        };
        return new TheoryData<string, string, int>
        {
            { "empty body", string.Empty, 400 },
            { "wrong JSON", "{\"query\": ", 400 },
            { "JSON array", "[1,2,3]", 400 },
            { "JSON string", "\"mutation\"", 400 },
            { "query is a number", "{\"query\": 5}", 400 },
            { "query is null", "{\"query\": null}", 400 },
            { "no query", "{\"variables\": {}}", 400 },
            { "variables is an array", Requests.Body(Requests.NotificatieDocument).Replace("}\"}", "}\",\"variables\":[1]}", StringComparison.Ordinal), 400 },
            { "operationName is an object", "{\"query\":\"mutation { zendNotificatie }\",\"operationName\":{}}", 400 },
            { "deep JSON nesting", deepJson, 400 },
            { "deep variable nesting", Requests.Body(Requests.NotificatieDocument).TrimEnd('}') + ",\"variables\":{\"notificatieInput\":" + new string('[', 200) + new string(']', 200) + "}}", 400 },
            { "deep selection nesting", Requests.Body(deepSelection), 400 },
            { "exponential fragments", Requests.Body(exponential, new JsonObject { ["i"] = Requests.NotificatieInput() }), 400 },
            { "fragment cycle", Requests.Body("mutation { zendNotificatie(notificatieInput: {}) { ...A } } fragment A on Notificatie { ...B } fragment B on Notificatie { ...A }"), 400 },
            { "huge string", inputWith(i => i["eventType"] = new string('X', 1_000_000)), 400 },
            { "huge number of subjects", inputWith(i => i["subjectList"] = new JsonArray(Enumerable.Range(0, 5000).Select(_ => (JsonNode)new JsonObject { ["subject"] = "A/1", ["recordID"] = "B/1" }).ToArray())), 400 },
            { "wrong type: afzenderID is a number", inputWith(i => i["afzenderID"] = 5000), 400 },
            { "wrong type: timestamp without offset", inputWith(i => i["timestamp"] = "2025-03-01T10:00:00"), 400 },
            { "wrong type: timestamp is prose", inputWith(i => i["timestamp"] = "yesterday"), 400 },
            { "wrong type: subjectList is a string", inputWith(i => i["subjectList"] = "Bemiddeling/1"), 400 },
            { "wrong enum value", inputWith(i => i["afzenderIDType"] = "ZORGKANTOOR"), 400 },
            { "enum as a number", inputWith(i => i["afzenderIDType"] = 1), 400 },
            { "missing required field", inputWith(i => i.Remove("eventType")), 400 },
            { "unknown input field", inputWith(i => i["extra"] = "x"), 400 },
            { "null required field", inputWith(i => i["afzenderID"] = null), 400 },
            { "empty subjectList", inputWith(i => i["subjectList"] = new JsonArray()), 400 },
            { "unpaired surrogate", inputWith(i => i["eventType"] = "SURROGATE").Replace("SURROGATE", "\\ud800", StringComparison.Ordinal), 400 },
            { "unpaired surrogate in a literal", Requests.Body("mutation { zendNotificatie(notificatieInput: { timestamp: \"2025-03-01T10:00:00Z\", afzenderIDType: UZOVI, afzenderID: \"5000\", ontvangerIDType: AGB, ontvangerID: \"1\", eventType: \"SURROGATE\", subjectList: [{ subject: \"A/1\", recordID: \"B/1\" }] }) { notificatieID } }").Replace("SURROGATE", "\\\\ud800", StringComparison.Ordinal), 400 },
            { "missing variables", Requests.Body(Requests.NotificatieDocument), 400 },
            { "unknown mutation", Requests.Body("mutation { verwijderAlles }"), 400 },
            { "unknown field in selection", Requests.Body(Requests.NotificatieDocument.Replace("notificatieID", "bsn", StringComparison.Ordinal), new JsonObject { ["notificatieInput"] = Requests.NotificatieInput() }), 400 },
            { "no selection on object field", Requests.Body("mutation($i: NotificatieInput!) { zendNotificatie(notificatieInput: $i) }", new JsonObject { ["i"] = Requests.NotificatieInput() }), 400 },
            { "two mutations in one operation", Requests.Body("mutation($i: NotificatieInput!) { a: zendNotificatie(notificatieInput: $i) { notificatieID } b: zendNotificatie(notificatieInput: $i) { notificatieID } }", new JsonObject { ["i"] = Requests.NotificatieInput() }), 400 },
            { "two operations without operationName", Requests.Body(Requests.NotificatieDocument + " mutation other { __typename }", new JsonObject { ["notificatieInput"] = Requests.NotificatieInput() }), 400 },
            { "unknown operationName", Requests.Body(Requests.NotificatieDocument, new JsonObject { ["notificatieInput"] = Requests.NotificatieInput() }, "nope"), 400 },
            { "subscription", Requests.Body("subscription { zendNotificatie }"), 400 },
            { "query", Requests.Body("{ _empty }"), 400 },
            { "introspection", Requests.Body("{ __schema { types { name } } }"), 400 },
            { "type definition in the document", Requests.Body("type Evil { x: String }"), 400 },
            { "unknown directive", Requests.Body(Requests.NotificatieDocument.Replace("notificatieID", "notificatieID @evil", StringComparison.Ordinal), new JsonObject { ["notificatieInput"] = Requests.NotificatieInput() }), 400 },
            { "variable of the wrong type", Requests.Body("mutation($i: String!) { zendNotificatie(notificatieInput: $i) { notificatieID } }", new JsonObject { ["i"] = "x" }), 400 },
            { "undefined variable", Requests.Body("mutation { zendNotificatie(notificatieInput: $i) { notificatieID } }"), 400 },
            { "unused variable", Requests.Body("mutation($i: NotificatieInput!, $unused: String) { zendNotificatie(notificatieInput: $i) { notificatieID } }", new JsonObject { ["i"] = Requests.NotificatieInput() }), 400 },
            { "syntax error", Requests.Body("mutation { zendNotificatie(notificatieInput: { ) }"), 400 },
            { "string literal for an enum", Requests.Body("mutation { zendNotificatie(notificatieInput: { timestamp: \"2025-03-01T10:00:00Z\", afzenderIDType: \"UZOVI\", afzenderID: \"5000\", ontvangerIDType: AGB, ontvangerID: \"1\", eventType: \"X\", subjectList: [] }) { notificatieID } }"), 400 },
            { "valid with a 9-digit fraction", inputWith(i => i["timestamp"] = "2016-07-20T17:30:15.234890123+05:30"), 200 },
            { "valid control request", valid, 200 },
        };
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public async Task Hand_written_edge_cases_get_the_expected_answer(string name, string body, int expected)
    {
        var server = fixture.Server;
        using var client = server.CreateClient(SharedCertificates.Pep);
        var status = await SendAsync(client, new HostileRequest(body, "application/json"));
        Assert.True(expected == status, $"{name}: expected {expected}, got {status}");
        AssertNoUnexpectedFailures(server);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task A_wrong_content_type_gets_415(string? contentType)
    {
        var server = fixture.Server;
        using var client = server.CreateClient(SharedCertificates.Pep);
        Assert.Equal(415, await SendAsync(client, new HostileRequest(Requests.Notificatie(), contentType)));
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        var server = fixture.Server;
        using var client = server.CreateClient(SharedCertificates.Pep);
        using var response = await client.GetAsync((Uri?)null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static void AssertNoUnexpectedFailures(NetwerkpuntTestServer server)
    {
        var bad = server.Logs.Entries.Where(e => e.EventId.Id == 5008 || e.Level >= LogLevel.Error).ToList();
        Assert.True(bad.Count == 0, "Unexpected failures were logged:\n" + string.Join("\n", bad.Take(3).Select(e => e.Text)));
    }

    private static async Task<int> SendAsync(HttpClient client, HostileRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, (Uri?)null)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body)),
        };
        if (request.ContentType is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        try
        {
            using var response = await client.SendAsync(message);
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static Gen<HostileRequest> RequestGenerator()
    {
        var contentType = Gen.Frequency((8, Gen.Constant("application/json")), (1, Gen.Elements(ContentTypes)));
        var body = Gen.Frequency(
            (4, MutatedVariables()),
            (3, MutatedDocument()),
            (2, TokenSoup()),
            (1, RandomText()),
            (1, TruncatedValid()),
            (1, Nested()));
        return body.SelectMany(b => contentType, (b, c) => new HostileRequest(b, c));
    }

    private static Gen<JsonNode?> AnyJson() => Gen.Frequency(
        (2, RandomString(20).Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.Choose(int.MinValue, int.MaxValue).Select(i => (JsonNode?)JsonValue.Create(i))),
        (1, Gen.Elements<JsonNode?>(null, JsonValue.Create(true), JsonValue.Create(1.5e300), new JsonArray(), new JsonObject(), JsonValue.Create(new string('x', 70_000)))),
        (1, Gen.Elements("UZOVI", "AGBCODE", "Uzovi", "agb", "BSN", "XYZ", "2025-03-01T10:00:00Z", "2025-13-45T99:99:99Z", "", "\ud800").Select(s => (JsonNode?)JsonValue.Create(s))));

    private static Gen<string> MutatedVariables()
    {
        string[] fields = ["timestamp", "afzenderIDType", "afzenderID", "ontvangerIDType", "ontvangerID", "ontvangerKenmerk", "eventType", "subjectList", "unknown", "subject", "recordID"];
        return Gen.Elements(fields).SelectMany(_ => AnyJson(), (field, value) => (field, value))
            .SelectMany(_ => Gen.Choose(0, 3), (t, how) =>
            {
                var input = Requests.NotificatieInput();
                switch (how)
                {
                    case 0:
                        input[t.field] = t.value;
                        break;
                    case 1:
                        input.Remove(t.field);
                        break;
                    case 2:
                        ((JsonObject)input["subjectList"]![0]!)[t.field] = t.value;
                        break;
                    default:
                        input["subjectList"] = t.value;
                        break;
                }

                return Requests.Body(Requests.NotificatieDocument, new JsonObject { ["notificatieInput"] = input });
            });
    }

    private static Gen<string> MutatedDocument()
    {
        var valid = "mutation zendNotificatie($notificatieInput: NotificatieInput!) { zendNotificatie(notificatieInput: $notificatieInput) { notificatieID subjectList { recordID } } }";
        return Gen.Choose(0, valid.Length - 1).SelectMany(_ => Gen.Elements(Tokens), (position, token) => (position, token))
            .SelectMany(_ => Gen.Choose(0, 2), (t, how) =>
            {
                var document = how switch
                {
                    0 => valid.Insert(t.position, " " + t.token + " "),
                    1 => valid.Remove(t.position, Math.Min(1 + (t.token.Length % 5), valid.Length - t.position)),
                    _ => valid[..t.position] + t.token + valid[Math.Min(valid.Length, t.position + t.token.Length)..],
                };
                return Requests.Body(document, new JsonObject { ["notificatieInput"] = Requests.NotificatieInput() });
            });
    }

    private static Gen<string> TokenSoup() =>
        Gen.ArrayOf(Gen.Elements(Tokens)).Select(tokens => new JsonObject { ["query"] = string.Join(" ", tokens) }.ToJsonString());

    private static Gen<string> RandomString(int maxLength) =>
        Gen.Choose(0, maxLength).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i), n), (_, chars) => new string(chars));

    private static Gen<string> RandomText() => Gen.OneOf(
        RandomString(200),
        RandomString(200).Select(s => "{\"query\":\"" + s + "\"}"),
        RandomString(50).Select(s => "{\"query\":\"mutation { zendNotificatie(notificatieInput: " + s.Replace("\"", "\\\"", StringComparison.Ordinal) + ") { notificatieID } }\"}"));

    private static Gen<string> TruncatedValid()
    {
        var valid = Requests.Notificatie();
        return Gen.Choose(0, valid.Length - 1).Select(n => valid[..n]);
    }

    private static Gen<string> Nested() => Gen.Choose(1, 400).SelectMany(_ => Gen.Elements("[", "{\"a\":", "{ zendNotificatie ", "(a: ["), (depth, open) =>
        open.StartsWith('(') || open.StartsWith("{ z", StringComparison.Ordinal)
            ? new JsonObject { ["query"] = "mutation " + string.Concat(Enumerable.Repeat(open, depth)) }.ToJsonString()
            : "{\"query\":\"mutation { __typename }\",\"variables\":" + string.Concat(Enumerable.Repeat(open, depth)) + "1");

    internal sealed record HostileRequest(string Body, string? ContentType);

    /// <summary>One server for the edge-case tests; each test checks the log for unexpected failures.</summary>
    public sealed class ServerFixture : IAsyncLifetime
    {
        internal NetwerkpuntTestServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await NetwerkpuntTestServer.StartAsync(SharedCertificates.Ca);

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}

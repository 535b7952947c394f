using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IWlz.Client.AspNetCore.Netwerkpunt.Internal;
using IWlz.Client.Inbox;

namespace IWlz.Client.Benchmarks.Netwerkpunt;

/// <summary>
/// The CPU cost of the request path without HTTP or disk: parse and validate the GraphQL request against
/// the netwerkpunt schema, build the message, and serialize it for storage.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)] // the project defaults to server GC for the netwerkpunt servers; this benchmark keeps workstation GC, as its published figures were measured
public class NetwerkpuntRequestPathBenchmarks
{
    private const string Query = "mutation zendNotificatie($notificatieInput: NotificatieInput!) { zendNotificatie(notificatieInput: $notificatieInput) { notificatieID } }";
    private const string Variables = """
        {"notificatieInput":{"timestamp":"2025-03-01T10:00:00.000Z","afzenderIDType":"UZOVI","afzenderID":"5000","ontvangerIDType":"AGB","ontvangerID":"01234567",
        "eventType":"NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER","subjectList":[{"subject":"Bemiddeling/2f1c3f0e-1d2a-4b6e-9a49-0c7bd1b2a0f1","recordID":"Bemiddelingspecificatie/7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b"}]}}
        """;

    private JsonDocument _variables = null!;
    private InboundMessage _message = null!;

    [GlobalSetup]
    public void Setup()
    {
        _variables = JsonDocument.Parse(Variables);
        _message = Create();
    }

    [GlobalCleanup]
    public void Cleanup() => _variables.Dispose();

    [Benchmark(Description = "validate request + build message")]
    public InboundMessage ValidateAndCreate() => Create();

    [Benchmark(Description = "serialize message for storage")]
    public string Serialize() => InboundMessageJson.Serialize(_message);

    [Benchmark(Description = "de-duplication key")]
    public string DeduplicationKey() => InboxDeduplication.ComputeKey(_message);

    private InboundMessage Create()
    {
        var mutation = DocumentValidator.Validate(SchemaModel.Netwerkpunt, Query, null, _variables.RootElement, 32);
        return InboundMessageFactory.Create(mutation, CallerContext.None, DateTimeOffset.UtcNow);
    }
}

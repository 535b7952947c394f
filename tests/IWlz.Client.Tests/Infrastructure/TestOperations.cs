using System.Text.Json.Serialization;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>Hand-written operations with source-generated JSON metadata: the same contract generated clients use.</summary>
internal static class TestOperations
{
    internal const string QueryDocument = "query GetBemiddelingspecificatie($id:UUID!,$einddatum:Date){bemiddelingspecificatie(where:{id:{eq:$id},einddatum:{eq:$einddatum}}){id instelling}}";
    internal const string MutationDocument = "mutation ZendNotificatie($notificatie:NotificatieInput!){zendNotificatie(notificatie:$notificatie){notificatieID}}";

    internal static readonly GraphQLOperation<SpecificatieVariables, SpecificatieData> Query = new(
        "GetBemiddelingspecificatie",
        GraphQLOperationKind.Query,
        QueryDocument,
        "0000000000000000000000000000000000000000000000000000000000000001",
        IWlzServiceNames.Bemiddelingsregister,
        ["bemiddelingspecificatie"],
        TestJsonContext.Default.SpecificatieVariables,
        TestJsonContext.Default.SpecificatieData)
    {
        TemplateId = "QBR-0001-ZA",
    };

    internal static readonly GraphQLOperation<NotificatieVariables, NotificatieData> Mutation = new(
        "ZendNotificatie",
        GraphQLOperationKind.Mutation,
        MutationDocument,
        "0000000000000000000000000000000000000000000000000000000000000002",
        IWlzServiceNames.Netwerkpunt,
        ["zendNotificatie"],
        TestJsonContext.Default.NotificatieVariables,
        TestJsonContext.Default.NotificatieData);

    /// <summary>The same query, owned by the Indicatieregister client (to test routing through the address book).</summary>
    internal static readonly GraphQLOperation<SpecificatieVariables, SpecificatieData> IndicatieQuery = new(
        "GetWlzIndicatie",
        GraphQLOperationKind.Query,
        QueryDocument,
        "0000000000000000000000000000000000000000000000000000000000000003",
        IWlzServiceNames.Indicatieregister,
        ["wlzIndicatie"],
        TestJsonContext.Default.SpecificatieVariables,
        TestJsonContext.Default.SpecificatieData);

    /// <summary>A canary BSN (passes the 11-proef) that must never reach a message.</summary>
    internal const string CanaryBsn = "999993653";

    internal static SpecificatieVariables Variables() => new() { Id = Guid.Parse("6f1a7e4c-2b9d-4c61-9a8e-3d5b7f0c1a22"), Einddatum = null };
}

internal sealed class SpecificatieVariables
{
    [JsonPropertyName("id")]
    public Guid Id { get; set; }

    [JsonPropertyName("einddatum")]
    public DateOnly? Einddatum { get; set; }
}

internal sealed class SpecificatieData
{
    [JsonPropertyName("bemiddelingspecificatie")]
    public List<SpecificatieItem> Items { get; set; } = [];
}

internal sealed class SpecificatieItem
{
    [JsonPropertyName("id")]
    public Guid Id { get; set; }

    [JsonPropertyName("instelling")]
    public string? Instelling { get; set; }
}

internal sealed class NotificatieVariables
{
    [JsonPropertyName("notificatie")]
    public NotificatieInput Notificatie { get; set; } = new();
}

internal sealed class NotificatieInput
{
    [JsonPropertyName("eventType")]
    public string EventType { get; set; } = "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER";

    [JsonPropertyName("bsn")]
    public string? Bsn { get; set; }
}

internal sealed class NotificatieData
{
    [JsonPropertyName("zendNotificatie")]
    public NotificatieResult? ZendNotificatie { get; set; }
}

internal sealed class NotificatieResult
{
    [JsonPropertyName("notificatieID")]
    public Guid NotificatieId { get; set; }
}

[JsonSerializable(typeof(SpecificatieVariables))]
[JsonSerializable(typeof(SpecificatieData))]
[JsonSerializable(typeof(NotificatieVariables))]
[JsonSerializable(typeof(NotificatieData))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

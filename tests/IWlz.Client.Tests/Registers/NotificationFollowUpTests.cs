using System.Text.Json;
using IWlz.Client.AddressBook;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Configuration;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;
using IWlz.Client.Tests.Registers.Infrastructure;
using static IWlz.Client.Tests.Registers.Infrastructure.Parties;

namespace IWlz.Client.Tests.Registers;

/// <summary>The follow-up query of a notification, through the typed Bemiddelingsregister client.</summary>
public sealed class NotificationFollowUpTests
{
    private static readonly Uri Zorgkantoor5000Register = new("https://bemiddeling.zorgkantoor-5000.example/graphql");

    [Theory]
    [InlineData("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER")]
    [InlineData("GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER")]
    public async Task A_bemiddelingspecificatie_event_runs_QBR_0001_ZA_on_the_sending_zorgkantoors_register(string eventType)
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var followUp = new DefaultNotificationFollowUp(new BemiddelingsregisterClient(executor, Zorgaanbieder, new Directory()));
        var specificatie = Guid.NewGuid();

        var result = await followUp.RunAsync(Event(eventType, "5000", specificatie));

        Assert.Equal(NotificationFollowUpOutcome.Queried, result.Outcome);
        Assert.Equal(IWlzTemplates.QBR0001ZA, result.TemplateId);
        Assert.NotEmpty(result.Records);
        var request = executor.Single;
        Assert.Equal(IWlzTemplates.QBR0001ZA, request.TemplateId);
        Assert.Equal(Zorgkantoor5000Register, request.Options?.ResourceUri);
        using var variables = JsonDocument.Parse(request.VariablesJson);
        Assert.Equal(specificatie, variables.RootElement.GetProperty("BemiddelingspecificatieID").GetGuid());
        Assert.Equal(AgbCode, variables.RootElement.GetProperty("Instelling").GetString());
    }

    [Fact]
    public async Task A_deletion_makes_no_query()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var followUp = new DefaultNotificationFollowUp(new BemiddelingsregisterClient(executor, Zorgaanbieder, new Directory()));

        var result = await followUp.RunAsync(Event("VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "5000", Guid.NewGuid()));

        Assert.Equal(NotificationFollowUpOutcome.RecordDeleted, result.Outcome);
        Assert.Null(result.TemplateId);
        Assert.Empty(result.Records);
        Assert.Empty(executor.Requests);
    }

    [Fact]
    public async Task An_unknown_event_makes_no_query()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var followUp = new DefaultNotificationFollowUp(new BemiddelingsregisterClient(executor, Zorgaanbieder, new Directory()));

        var result = await followUp.RunAsync(Event("IETS_NIEUWS", "5000", Guid.NewGuid()));

        Assert.Equal(NotificationFollowUpOutcome.NoFollowUp, result.Outcome);
        Assert.Empty(executor.Requests);
    }

    [Fact]
    public async Task A_sender_missing_from_the_address_book_is_a_configuration_error_naming_it()
    {
        var executor = RecordingExecutor.AnsweringWithFixtures();
        var followUp = new DefaultNotificationFollowUp(new BemiddelingsregisterClient(executor, Zorgaanbieder, new Directory()));

        var error = await Assert.ThrowsAsync<IWlzException>(() => followUp.RunAsync(Event("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "5999", Guid.NewGuid())));

        Assert.Equal(IWlzErrorKind.Configuration, error.Kind);
        Assert.Contains("5999", error.Message, StringComparison.Ordinal);
        Assert.Empty(executor.Requests);
    }

    private static NotificationEvent Event(string eventType, string uzovi, Guid specificatie)
    {
        var message = new NotificationMessage(
            DateTimeOffset.UtcNow,
            new NotificationParty(IDType.UZOVI, uzovi),
            new NotificationParty(IDType.AGB, AgbCode),
            eventType,
            [new NotificationSubject($"Bemiddeling/{Guid.NewGuid()}", $"Bemiddelingspecificatie/{specificatie}")]);
        return NotificationEventFactory.Create(message).Event!;
    }

    private sealed class Directory : IServiceDirectory
    {
        public IWlzEnvironment Environment => IWlzEnvironment.Test;

        public AddressBookDocument? AddressBook => null;

        public ServiceEndpoint? FindByGegevensdienstId(string gegevensdienstId, string? systeemrolcode) => null;

        public ServiceEndpoint? FindByOrganisation(string organisatieId, string systeemrolcode) =>
            organisatieId == "5000" && systeemrolcode == "REGISTER"
                ? new ServiceEndpoint(new Uri("https://pep.example/graphql"), new Uri("https://nid.example/token"), Zorgkantoor5000Register)
                : null;

        public ServiceEndpoint ForResource(Uri resourceUri) => throw new NotSupportedException();
    }
}

using IWlz.Client.AddressBook;
using IWlz.Client.Configuration;
using IWlz.Client.GraphQL;
using IWlz.Client.Netwerkpunt;
using IWlz.Client.Notifications;
using IWlz.Client.Sending;
using IWlz.Client.Tests.Registers.Infrastructure;
using static IWlz.Client.Tests.Registers.Infrastructure.Parties;

namespace IWlz.Client.Tests.Sending;

/// <summary>The senders through the generated netwerkpunt client: exact variables, audience, scope and outcome mapping.</summary>
public sealed class SenderTests
{
    private static readonly Uri ZorgaanbiederNotificaties = new("https://notificaties.za-98000044.example/graphql");
    private static readonly Uri CizMeldingen = new("https://meldingen.ciz.example/graphql");
    private static readonly Guid Bemiddeling = Guid.Parse("11111111-2222-4333-8444-555555555555");
    private static readonly Guid Specificatie = Guid.Parse("0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21");

    [Fact]
    public async Task A_zorgkantoor_notifies_a_zorgaanbieder_with_the_exact_body_audience_and_scope()
    {
        var executor = RecordingExecutor.Answering("""{"data":{"zendNotificatie":{"notificatieID":"0652fd1b-1809-4889-985d-b1fff484a780"}}}""");
        var sender = new NotificatieSender(new NetwerkpuntClient(executor), new Directory(), Zorgkantoor);
        var notificatie = OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(
            new NotificationParty(IDType.AGB, AgbCode), Bemiddeling, Specificatie, new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)));

        var result = await sender.SendAsync(notificatie);

        Assert.True(result.IsDelivered);
        Assert.Equal(Guid.Parse("0652fd1b-1809-4889-985d-b1fff484a780"), result.ReceiverId);
        var request = executor.Single;
        Assert.Equal(
            """{"afzenderID":"9902","afzenderIDType":"UZOVI","eventType":"NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER","ontvangerID":"98000044","ontvangerIDType":"AGB","ontvangerKenmerk":null,"timestamp":"2024-05-01T10:00:00+02:00","subjectList":[{"subject":"Bemiddeling/11111111-2222-4333-8444-555555555555","recordID":"Bemiddelingspecificatie/0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21"}]}""",
            request.VariablesJson);
        Assert.Equal(ZorgaanbiederNotificaties, request.Options?.ResourceUri);
        Assert.Equal([IWlzScopes.NotificatieCreateZorgaanbieder], request.Options?.Scopes);
    }

    [Fact]
    public async Task A_foutmelding_to_the_CIZ_uses_the_indicatieorgaan_scope_and_the_MELDING_endpoint()
    {
        var executor = RecordingExecutor.Answering("""{"data":{"zendMelding":{"meldingID":"7d3f2a1b-5c6d-4e8f-9a0b-1c2d3e4f5a6b"}}}""");
        var sender = new MeldingSender(new NetwerkpuntClient(executor), new Directory(), Zorgkantoor);
        var builder = new FoutmeldingBuilder(new NotificationParty(IDType.KVK, "62253778"))
            .OnBehalfOf(IDType.UZOVI, "5151")
            .At(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        Assert.True(builder.CheckBsn("123456780", "Client/" + Specificatie));
        Assert.False(builder.CheckBsn("123456782", "Client/" + Specificatie));
        Assert.True(builder.CheckUuidV4("0b5c4a3e-1f2d-1c6b-9a8e-7d6c5b4a3f21", "Stoornis/" + Specificatie));
        Assert.False(builder.CheckUuidV4(Specificatie.ToString(), "Stoornis/" + Specificatie));

        var result = await sender.SendAsync(builder.Build());

        Assert.True(result.IsDelivered);
        var request = executor.Single;
        Assert.Equal(
            """{"timestamp":"2024-05-01T08:00:00+00:00","afzenderIDType":"UZOVI","afzenderID":"9902","ontvangerIDType":"KVK","ontvangerID":"62253778","ontvangerKenmerk":"UZOVI:5151","eventType":"IWLZFOUTMELDING","subjectList":[{"subject":"GGR0001","recordID":"Client/0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21"},{"subject":"RS038","recordID":"Stoornis/0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21"}]}""",
            request.VariablesJson);
        Assert.DoesNotContain("123456780", request.VariablesJson, StringComparison.Ordinal);
        Assert.Equal(CizMeldingen, request.Options?.ResourceUri);
        Assert.Equal([IWlzScopes.MeldingCreateIndicatieorgaan], request.Options?.Scopes);
    }

    [Theory]
    [InlineData(429, null, SendFailureReason.RateLimited, true)]
    [InlineData(500, null, SendFailureReason.ServerError, true)]
    [InlineData(502, null, SendFailureReason.ServerError, true)]
    [InlineData(503, null, SendFailureReason.ServerError, true)]
    [InlineData(504, null, SendFailureReason.ServerError, true)]
    [InlineData(400, null, SendFailureReason.Rejected, false)]
    [InlineData(401, null, SendFailureReason.Rejected, false)]
    [InlineData(501, null, SendFailureReason.Rejected, false)]
    [InlineData(403, "instantie_type claim not found", SendFailureReason.InstantieTypeClaimNotFound, false)]
    [InlineData(403, "afzender_type is not valid", SendFailureReason.AfzenderTypeNotValid, false)]
    [InlineData(403, "event_type is not valid", SendFailureReason.EventTypeNotValid, false)]
    [InlineData(403, "ontvanger is not valid", SendFailureReason.OntvangerNotValid, false)]
    public async Task Failures_are_classified_as_retryable_or_refused(int status, string? pdpMessage, SendFailureReason reason, bool retryable)
    {
        var error = new IWlzException(IWlzErrorKind.ServerError, IWlzErrorSource.Pep, "failed") { StatusCode = status, ServerMessage = pdpMessage };
        var sender = new NotificatieSender(new NetwerkpuntClient(new ThrowingExecutor(error)), new Directory(), Zorgkantoor);

        var result = await sender.SendAsync(Notificatie());

        Assert.False(result.IsDelivered);
        Assert.Equal(reason, result.FailureReason);
        Assert.Equal(retryable, result.IsRetryable);
    }

    [Fact]
    public async Task A_transport_error_is_retryable()
    {
        var error = new IWlzException(IWlzErrorKind.Transport, IWlzErrorSource.Client, "connection refused");
        var sender = new NotificatieSender(new NetwerkpuntClient(new ThrowingExecutor(error)), new Directory(), Zorgkantoor);

        var result = await sender.SendAsync(Notificatie());

        Assert.Equal(SendFailureReason.Transport, result.FailureReason);
        Assert.True(result.IsRetryable);
    }

    [Theory]
    [InlineData("""{"data":null,"errors":[{"message":"boom"}]}""")]
    [InlineData("""{"data":{"zendNotificatie":{"notificatieID":"0652fd1b-1809-4889-985d-b1fff484a780"}},"errors":[{"message":"partial"}]}""")]
    public async Task An_answer_with_errors_or_without_an_ID_is_not_delivered(string body)
    {
        var sender = new NotificatieSender(new NetwerkpuntClient(RecordingExecutor.Answering(body)), new Directory(), Zorgkantoor);

        var result = await sender.SendAsync(Notificatie());

        Assert.False(result.IsDelivered);
        Assert.Equal(SendFailureReason.Rejected, result.FailureReason);
        Assert.False(result.IsRetryable);
    }

    [Fact]
    public async Task A_recipient_missing_from_the_address_book_is_refused_without_a_request()
    {
        var executor = RecordingExecutor.Answering("{}");
        var sender = new NotificatieSender(new NetwerkpuntClient(executor), new Directory(), Zorgkantoor);

        var result = await sender.SendAsync(OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, "12345678"), Bemiddeling, Specificatie));

        Assert.Equal(SendFailureReason.NoEndpoint, result.FailureReason);
        Assert.Contains("NOTIFICATIE_BEMIDDELING", result.Description, StringComparison.Ordinal);
        Assert.Empty(executor.Requests);
    }

    [Fact]
    public void Invalid_messages_are_refused_with_a_clear_error()
    {
        var wrongType = Assert.Throws<ArgumentException>(() => OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.UZOVI, "5000"), Bemiddeling, Specificatie));
        Assert.Contains("AGB", wrongType.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => OutgoingNotificatie.ForEventType("GEEN_EVENT", new NotificationParty(IDType.AGB, AgbCode), Bemiddeling, Specificatie));
        Assert.Contains("catalogue", unknown.Message, StringComparison.Ordinal);
        var undefined = Assert.Throws<ArgumentException>(() => new FoutmeldingBuilder(new NotificationParty((IDType)42, "1")).Add("GGR0001", "Client/" + Specificatie).Build());
        Assert.Contains("42", undefined.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new FoutmeldingBuilder(new NotificationParty(IDType.UZOVI, "5000")).Build());
        Assert.Throws<ArgumentException>(() => new FoutmeldingBuilder(new NotificationParty(IDType.UZOVI, "5000")).Add("not a code", "Client/" + Specificatie));
        Assert.Throws<ArgumentException>(() => new FoutmeldingBuilder(new NotificationParty(IDType.UZOVI, "5000")).Add("GGR0001", "123456782"));
    }

    private static OutgoingNotificatie Notificatie() =>
        OutgoingNotificatie.Create<NieuweBemiddelingspecificatieZorgaanbieder>(new NotificationParty(IDType.AGB, AgbCode), Bemiddeling, Specificatie);

    private sealed class ThrowingExecutor(Exception error) : IGraphQLExecutor
    {
        public Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, TVariables variables, GraphQLRequestOptions? options, CancellationToken cancellationToken) =>
            Task.FromException<GraphQLResponse<TData>>(error);
    }

    private sealed class Directory : IServiceDirectory
    {
        public IWlzEnvironment Environment => IWlzEnvironment.Test;

        public AddressBookDocument? AddressBook => null;

        public ServiceEndpoint? FindByGegevensdienstId(string gegevensdienstId, string? systeemrolcode) => null;

        public ServiceEndpoint? FindByOrganisation(string organisatieId, string systeemrolcode) => (organisatieId, systeemrolcode) switch
        {
            (AgbCode, "NOTIFICATIE_BEMIDDELING") => new ServiceEndpoint(new Uri("https://pep.example/graphql"), new Uri("https://nid.example/token"), ZorgaanbiederNotificaties),
            ("CIZ", "MELDING") => new ServiceEndpoint(new Uri("https://pep.example/graphql"), new Uri("https://nid.example/token"), CizMeldingen),
            _ => null,
        };

        public ServiceEndpoint ForResource(Uri resourceUri) => throw new NotSupportedException();
    }
}

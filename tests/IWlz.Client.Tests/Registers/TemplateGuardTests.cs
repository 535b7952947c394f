using System.Text.Json.Nodes;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;
using IWlz.Client.Tests.Registers.Infrastructure;
using static IWlz.Client.Tests.Registers.Infrastructure.Parties;
using LowLevelBemiddelingsregisterClient = IWlz.Client.Bemiddelingsregister.BemiddelingsregisterGraphQLClient;
using LowLevelLeveringsregisterClient = IWlz.Client.Leveringsregister.LeveringsregisterGraphQLClient;
using LowLevelNetwerkpuntClient = IWlz.Client.Netwerkpunt.NetwerkpuntClient;
using TypedBemiddelingsregisterClient = IWlz.Client.Bemiddelingsregister.BemiddelingsregisterClient;

namespace IWlz.Client.Tests.Registers;

/// <summary>
/// The template rules the SDK enforces before sending, on every path: the typed clients, the generated
/// low-level clients, and operations built by hand.
/// </summary>
public sealed class TemplateGuardTests
{
    private const string ForeignAgb = "12345678";
    private const string ForeignUzovi = "5501";
    private static readonly Guid Specificatie = Guid.Parse("0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21");

    public static TheoryData<string> OwnIdentityTemplates() =>
        new(TemplateCatalogue.All.Where(t => t.OwnIdentityVariable is not null && t.Register != IWlzRegister.Netwerkpunt).Select(t => t.TemplateId));

    public static TheoryData<string, IWlzPartyRole> TemplatesWithAForbiddenRole()
    {
        var data = new TheoryData<string, IWlzPartyRole>();
        foreach (var template in TemplateCatalogue.All.Where(t => t.Role != TemplateRole.Participant))
        {
            foreach (var role in new[] { IWlzPartyRole.Zorgaanbieder, IWlzPartyRole.Zorgkantoor, IWlzPartyRole.Indicatieorgaan })
            {
                if (!TemplateGuard.RoleAllows(template.Role, role))
                {
                    data.Add(template.TemplateId, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OwnIdentityTemplates))]
    public async Task Every_own_identity_template_is_sent_with_the_own_code_and_refused_with_another(string templateId)
    {
        var template = TemplateCatalogue.Find(templateId)!;
        var own = PartyFor(template.Role);
        var foreign = own.GetIdentity().Role == IWlzPartyRole.Zorgaanbieder ? ForeignAgb : ForeignUzovi;
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var guarded = TemplateGuardExecutor.Ensure(recorder, own, leveringsregister: true);

        await GeneratedTemplates.SendAsync(guarded, templateId, GeneratedTemplates.ValidVariables(templateId, own.GetIdentity().Code));
        Assert.Single(recorder.Requests);

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() =>
            GeneratedTemplates.SendAsync(guarded, templateId, GeneratedTemplates.ValidVariables(templateId, foreign)));

        Assert.Equal(TemplateViolation.OwnIdentityMismatch, ex.Violation);
        Assert.Equal(template.OwnIdentityVariable, ex.VariableName);
        Assert.Equal(templateId, ex.TemplateId);
        Assert.Equal(template.OperationName, ex.OperationName);
        Assert.Contains("$" + template.OwnIdentityVariable, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(own.GetIdentity().Code, ex.Message, StringComparison.Ordinal);
        Assert.Single(recorder.Requests);
    }

    [Theory]
    [MemberData(nameof(OwnIdentityTemplates))]
    public async Task A_missing_own_identity_is_refused(string templateId)
    {
        var template = TemplateCatalogue.Find(templateId)!;
        var own = PartyFor(template.Role);
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var variables = GeneratedTemplates.ValidVariables(templateId, own.GetIdentity().Code);

        // The generated reader refuses null for a String! variable; a caller can still set the property to null.
        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => GeneratedTemplates.SendAsync(
            TemplateGuardExecutor.Ensure(recorder, own, leveringsregister: true),
            templateId,
            variables,
            adjust: typed => typed.GetType().GetProperties().Single(p => string.Equals(p.Name, template.OwnIdentityVariable, StringComparison.OrdinalIgnoreCase)).SetValue(typed, null)));

        Assert.Equal(TemplateViolation.OwnIdentityMissing, ex.Violation);
        Assert.Equal(template.OwnIdentityVariable, ex.VariableName);
        Assert.Empty(recorder.Requests);
    }

    [Theory]
    [MemberData(nameof(TemplatesWithAForbiddenRole))]
    public async Task Every_template_is_refused_for_a_role_it_is_not_written_for(string templateId, IWlzPartyRole role)
    {
        var party = role switch
        {
            IWlzPartyRole.Zorgaanbieder => Zorgaanbieder,
            IWlzPartyRole.Zorgkantoor => Zorgkantoor,
            _ => Ciz,
        };
        var recorder = RecordingExecutor.AnsweringWithFixtures();

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => GeneratedTemplates.SendAsync(
            TemplateGuardExecutor.Ensure(recorder, party, leveringsregister: true),
            templateId,
            GeneratedTemplates.ValidVariables(templateId, party.GetIdentity().Code)));

        Assert.Equal(TemplateViolation.RoleNotAllowed, ex.Violation);
        Assert.Equal(templateId, ex.TemplateId);
        Assert.Contains($"configured party is a {role}", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Requests);
    }

    [Fact]
    public async Task A_zorgkantoor_calling_a_ZA_method_of_the_typed_client_gets_a_clear_role_error()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() =>
            new TypedBemiddelingsregisterClient(recorder, Zorgkantoor).GetBemiddelingspecificatieVoorZorgaanbiederAsync(Specificatie));

        Assert.Equal(TemplateViolation.RoleNotAllowed, ex.Violation);
        Assert.Equal(
            "The SDK refused to send query BemiddelingspecificatieVoorZorgaanbieder: Template QBR-0001-ZA is written for a zorgaanbieder (ZA), but the configured party is a Zorgkantoor. The network refuses it for this role, so the SDK did not send it; use the template of your own role.",
            ex.Message);
        Assert.Empty(recorder.Requests);
    }

    [Fact]
    public async Task The_generated_low_level_client_cannot_send_another_partys_AGB()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var lowLevel = new LowLevelBemiddelingsregisterClient(TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, leveringsregister: false));

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => lowLevel.BemiddelingspecificatieVoorZorgaanbiederAsync(
            new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = Specificatie, Instelling = ForeignAgb }));

        Assert.Equal(TemplateViolation.OwnIdentityMismatch, ex.Violation);
        Assert.Equal("Instelling", ex.VariableName);
        Assert.Empty(recorder.Requests);

        var response = await lowLevel.BemiddelingspecificatieVoorZorgaanbiederAsync(
            new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = Specificatie, Instelling = AgbCode });
        Assert.True(response.IsSuccess);
        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task Derived_dates_that_TemplateDates_would_not_compute_are_refused()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var lowLevel = new LowLevelBemiddelingsregisterClient(TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, leveringsregister: false));
        var end = new DateOnly(2024, 6, 30);

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => lowLevel.BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(
            new BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumVariables
            {
                BemiddelingspecificatieID = Specificatie,
                Instelling = AgbCode,
                ToewijzingIngangsdatum = new DateOnly(2023, 1, 1),
                ToewijzingEinddatum = end,
                ToewijzingEinddatum2Jaar = end.AddYears(3),
                ToewijzingEinddatum31Mei = TemplateDates.ToewijzingEinddatum31Mei(end),
            }));

        Assert.Equal(TemplateViolation.DerivedDateMismatch, ex.Violation);
        Assert.Equal("ToewijzingEinddatum2Jaar", ex.VariableName);
        Assert.Empty(recorder.Requests);
    }

    [Fact]
    public async Task The_Leveringsregister_is_refused_until_it_is_switched_on()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var lowLevel = new LowLevelLeveringsregisterClient(TemplateGuardExecutor.Ensure(recorder, Zorgkantoor, leveringsregister: false));
        var variables = new IWlz.Client.Leveringsregister.VerzoekVoorZorgkantoorVariables { VerzoekID = Guid.NewGuid() };

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => lowLevel.VerzoekVoorZorgkantoorAsync(variables));

        Assert.Equal(TemplateViolation.ExperimentalRegisterNotEnabled, ex.Violation);
        Assert.Contains("AddLeveringsregisterClient()", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Requests);

        var switchedOn = new LowLevelLeveringsregisterClient(TemplateGuardExecutor.Ensure(recorder, Zorgkantoor, leveringsregister: true));
        Assert.True((await switchedOn.VerzoekVoorZorgkantoorAsync(variables)).IsSuccess);
    }

    [Fact]
    public void A_guarded_executor_is_reused_and_re_guarded_only_to_switch_the_Leveringsregister_on()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var off = TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, leveringsregister: false);

        Assert.Same(off, TemplateGuardExecutor.Ensure(off, Zorgaanbieder, leveringsregister: false));
        var on = TemplateGuardExecutor.Ensure(off, Zorgaanbieder, leveringsregister: true);
        Assert.NotSame(off, on);
        Assert.Same(recorder, on.Inner);
        Assert.True(on.Guard.LeveringsregisterEnabled);
        Assert.Same(on, TemplateGuardExecutor.Ensure(on, Zorgaanbieder, leveringsregister: false));
    }

    [Fact]
    public async Task A_hand_written_subset_is_matched_to_its_template_and_still_identity_checked()
    {
        const string document = """
            # Only what our screen shows.
            query MijnSpecificatie($BemiddelingspecificatieID: UUID!, $Instelling: String!) {
              specificaties: bemiddelingspecificatie(where: {instelling: {eq: $Instelling}, bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}}) {
                ...Kern
                bemiddeling { client { bsn } }
              }
            }
            fragment Kern on Bemiddelingspecificatie { bemiddelingspecificatieID, zzpCode toewijzingIngangsdatum }
            """;
        var recorder = RecordingExecutor.Answering("""{"data":{"bemiddelingspecificatie":[]}}""");
        var guarded = TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, leveringsregister: false);

        await guarded.ExecuteAsync(HandWritten(document, "MijnSpecificatie"), Variables(AgbCode), null, CancellationToken.None);
        Assert.Single(recorder.Requests);

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() =>
            guarded.ExecuteAsync(HandWritten(document, "MijnSpecificatie"), Variables(ForeignAgb), null, CancellationToken.None));
        Assert.Equal(TemplateViolation.OwnIdentityMismatch, ex.Violation);
        Assert.Equal(IWlzTemplates.QBR0001ZA, ex.TemplateId);
    }

    [Fact]
    public async Task A_subset_that_carries_the_template_the_generator_found_is_checked_against_that_template()
    {
        // What the generator now emits for an own operation that narrows exactly one template (G4): TemplateId = QBR-0001-ZA.
        const string document = "query MijnSpecificatie($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { bemiddelingspecificatieID zzpCode } }";
        var recorder = RecordingExecutor.Answering("""{"data":{"bemiddelingspecificatie":[]}}""");
        var guarded = TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, leveringsregister: false);

        await guarded.ExecuteAsync(HandWritten(document, "MijnSpecificatie", IWlzTemplates.QBR0001ZA), Variables(AgbCode), null, CancellationToken.None);
        Assert.Single(recorder.Requests);

        var foreign = await Assert.ThrowsAsync<TemplateViolationException>(() =>
            guarded.ExecuteAsync(HandWritten(document, "MijnSpecificatie", IWlzTemplates.QBR0001ZA), Variables(ForeignAgb), null, CancellationToken.None));
        Assert.Equal(TemplateViolation.OwnIdentityMismatch, foreign.Violation);
        Assert.Equal(IWlzTemplates.QBR0001ZA, foreign.TemplateId);

        // A claimed template that the document does not narrow is refused, not silently re-matched to another one.
        var wrongClaim = await Assert.ThrowsAsync<TemplateViolationException>(() =>
            guarded.ExecuteAsync(HandWritten(document, "MijnSpecificatie", IWlzTemplates.QBR0004ZKu), Variables(AgbCode), null, CancellationToken.None));
        Assert.Equal(IWlzTemplates.QBR0004ZKu, wrongClaim.TemplateId);
        Assert.Single(recorder.Requests);
    }

    [Theory]
    [InlineData(
        "query Q($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { zzpCode bemiddeling { client { contactgegevens { postcode } } } } }",
        "bemiddelingspecificatie.bemiddeling.client.contactgegevens", "is not in")]
    [InlineData(
        "query Q($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { zzpCode pgbPercentage } }",
        "bemiddelingspecificatie.pgbPercentage", "is not in")]
    [InlineData(
        "query Q($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {neq: $Instelling}}) { zzpCode } }",
        "bemiddelingspecificatie", "has arguments that differ from")]
    public async Task A_document_claiming_a_template_may_not_add_or_change_fields(string document, string fieldPath, string problem)
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var operation = HandWritten(document, "Q", IWlzTemplates.QBR0001ZA);

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() =>
            TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, false).ExecuteAsync(operation, Variables(AgbCode), null, CancellationToken.None));

        Assert.Equal(TemplateViolation.NotATemplateSubset, ex.Violation);
        Assert.Equal(fieldPath, ex.FieldPath);
        Assert.Equal(IWlzTemplates.QBR0001ZA, ex.TemplateId);
        Assert.Contains($"field '{fieldPath}' {problem} template QBR-0001-ZA", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Requests);
    }

    [Fact]
    public async Task A_document_without_a_template_that_matches_none_names_the_closest_one()
    {
        const string document = "query Q($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { zzpCode bemiddeling { client { contactpersoon { geslachtsnaam } } } } }";

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => TemplateGuardExecutor.Ensure(RecordingExecutor.AnsweringWithFixtures(), Zorgaanbieder, false)
            .ExecuteAsync(HandWritten(document, "Q"), Variables(AgbCode), null, CancellationToken.None));

        Assert.Equal(TemplateViolation.NotATemplateSubset, ex.Violation);
        Assert.Null(ex.TemplateId);
        Assert.Contains("(the closest template)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_the_template_does_not_declare_is_refused()
    {
        const string document = "query Q($BemiddelingspecificatieID: UUID!, $Instelling: String!, $extra: Boolean = false) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { zzpCode @include(if: $extra) } }";

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => TemplateGuardExecutor.Ensure(RecordingExecutor.AnsweringWithFixtures(), Zorgaanbieder, false)
            .ExecuteAsync(HandWritten(document, "Q", IWlzTemplates.QBR0001ZA), Variables(AgbCode), null, CancellationToken.None));

        Assert.Equal(TemplateViolation.NotATemplateSubset, ex.Violation);
        Assert.Equal("extra", ex.VariableName);
    }

    [Theory]
    [InlineData("query Q { bemiddeling(where: {}) { bemiddelingID } } query R { client { bsn } }", "Q", TemplateViolation.NotOneOperation)]
    [InlineData("query Q { bemiddeling { bemiddelingID } client { bsn } }", "Q", TemplateViolation.NotOneRootField)]
    [InlineData("query Q { a: bemiddeling { bemiddelingID } b: bemiddeling { bemiddelingID } }", "Q", TemplateViolation.NotOneRootField)]
    [InlineData("query Q { ...F client { bsn } } fragment F on Query { bemiddeling { bemiddelingID } }", "Q", TemplateViolation.NotOneRootField)]
    [InlineData("query Q { bemiddeling { bemiddelingID }", "Q", TemplateViolation.InvalidDocument)]
    [InlineData("query Other($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { zzpCode } }", "Q", TemplateViolation.InvalidDocument)]
    [InlineData("type Query { x: Int }", "Q", TemplateViolation.InvalidDocument)]
    [InlineData("mutation Q { bemiddeling { bemiddelingID } }", "Q", TemplateViolation.InvalidDocument)]
    [InlineData("query Q { bemiddeling { bemiddelingID client { bsn } } }", "Q", TemplateViolation.NotATemplateSubset)]
    public async Task Documents_that_break_the_one_operation_one_root_field_rule_or_do_not_parse_are_refused(string document, string name, TemplateViolation expected)
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, false)
            .ExecuteAsync(HandWritten(document, name), Variables(AgbCode), null, CancellationToken.None));

        Assert.Equal(expected, ex.Violation);
        Assert.Empty(recorder.Requests);
    }

    [Fact]
    public async Task A_root_field_selected_twice_under_one_name_is_one_root_field()
    {
        const string document = "query Q($BemiddelingspecificatieID: UUID!, $Instelling: String!) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { zzpCode } bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $BemiddelingspecificatieID}, instelling: {eq: $Instelling}}) { bemiddelingspecificatieID } }";
        var recorder = RecordingExecutor.Answering("""{"data":{"bemiddelingspecificatie":[]}}""");

        await TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, false).ExecuteAsync(HandWritten(document, "Q"), Variables(AgbCode), null, CancellationToken.None);

        Assert.Single(recorder.Requests);
    }

    [Theory]
    [InlineData("Bemiddelingsregister", IWlzRegister.Bemiddelingsregister)]
    [InlineData("leveringsregister", IWlzRegister.Leveringsregister)]
    [InlineData("INDICATIEREGISTER", IWlzRegister.Indicatieregister)]
    [InlineData("Netwerkpunt", IWlzRegister.Netwerkpunt)]
    [InlineData("2", null)]
    [InlineData("Eigen", null)]
    public void Only_the_register_and_netwerkpunt_client_names_are_governed(string clientName, IWlzRegister? expected)
    {
        Assert.Equal(expected, TemplateGuard.RegisterOf(clientName));
    }

    [Fact]
    public async Task A_syntax_error_names_the_position_and_not_the_text()
    {
        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => TemplateGuardExecutor.Ensure(RecordingExecutor.AnsweringWithFixtures(), Zorgaanbieder, false)
            .ExecuteAsync(HandWritten("query Q {\n  client(where: {bsn: {eq: \"999990111\"}) { bsn }\n}", "Q"), Variables(AgbCode), null, CancellationToken.None));

        Assert.Equal(TemplateViolation.InvalidDocument, ex.Violation);
        Assert.Contains("line 2, column", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("999990111", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QBR-9999-ZA", "does not ship")]
    [InlineData("QLR-0003-ZK", "of the Leveringsregister, but is sent to the Bemiddelingsregister")]
    public async Task Claiming_an_unknown_template_or_one_of_another_register_is_refused(string templateId, string message)
    {
        var operation = BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;

        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => TemplateGuardExecutor.Ensure(RecordingExecutor.AnsweringWithFixtures(), Zorgaanbieder, true)
            .ExecuteAsync(operation, Variables(AgbCode), new GraphQLRequestOptions { TemplateId = templateId }, CancellationToken.None));

        Assert.Equal(TemplateViolation.UnknownTemplate, ex.Violation);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_ID_given_per_call_is_the_one_the_document_is_checked_against()
    {
        var ex = await Assert.ThrowsAsync<TemplateViolationException>(() => TemplateGuardExecutor.Ensure(RecordingExecutor.AnsweringWithFixtures(), Zorgkantoor, false)
            .ExecuteAsync(BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor, Variables(UzoviCode), new GraphQLRequestOptions { TemplateId = IWlzTemplates.QBR0004ZKu }, CancellationToken.None));

        Assert.Equal(TemplateViolation.NotATemplateSubset, ex.Violation);
        Assert.Equal(IWlzTemplates.QBR0004ZKu, ex.TemplateId);
        Assert.Equal("BemiddelingspecificatieID", ex.VariableName);
    }

    [Fact]
    public async Task Services_that_are_not_iWlz_registers_pass_unchecked()
    {
        var recorder = RecordingExecutor.Answering("""{"data":{"bemiddelingspecificatie":[]}}""");
        var template = BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;
        var other = new GraphQLOperation<BemiddelingspecificatieVoorZorgaanbiederVariables, BemiddelingspecificatieVoorZorgaanbiederResult>(
            "Anything", GraphQLOperationKind.Query, "query Anything { a b }", "0", "Eigen", ["a", "b"], template.VariablesTypeInfo, template.DataTypeInfo);

        await TemplateGuardExecutor.Ensure(recorder, Zorgaanbieder, false).ExecuteAsync(other, Variables(ForeignAgb), null, CancellationToken.None);

        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task zendNotificatie_sends_the_own_code_and_type_with_an_explicit_null_and_refuses_another_sender()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var netwerkpunt = new LowLevelNetwerkpuntClient(TemplateGuardExecutor.Ensure(recorder, Zorgkantoor, false));
        IWlz.Client.Netwerkpunt.ZendNotificatieVariables Notificatie(string afzender, IWlz.Client.Netwerkpunt.IDTypeEnum type) => new()
        {
            AfzenderID = afzender,
            AfzenderIDType = type,
            EventType = "NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER",
            OntvangerID = AgbCode,
            OntvangerIDType = IWlz.Client.Netwerkpunt.IDTypeEnum.AGB,
            OntvangerKenmerk = null,
            Timestamp = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)),
            SubjectList = [new() { Subject = "Bemiddelingspecificatie", RecordID = "Bemiddelingspecificatie/" + Specificatie }],
        };

        var response = await netwerkpunt.ZendNotificatieAsync(Notificatie(UzoviCode, IWlz.Client.Netwerkpunt.IDTypeEnum.UZOVI));

        Assert.Equal(Guid.Parse("0652fd1b-1809-4889-985d-b1fff484a780"), response.GetDataOrThrow().ZendNotificatie.NotificatieID);
        Assert.Equal(
            """{"afzenderID":"9902","afzenderIDType":"UZOVI","eventType":"NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER","ontvangerID":"98000044","ontvangerIDType":"AGB","ontvangerKenmerk":null,"timestamp":"2024-05-01T10:00:00+02:00","subjectList":[{"subject":"Bemiddelingspecificatie","recordID":"Bemiddelingspecificatie/0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21"}]}""",
            recorder.Single.VariablesJson);

        var other = await Assert.ThrowsAsync<TemplateViolationException>(() => netwerkpunt.ZendNotificatieAsync(Notificatie(ForeignUzovi, IWlz.Client.Netwerkpunt.IDTypeEnum.UZOVI)));
        Assert.Equal("afzenderID", other.VariableName);
        var wrongType = await Assert.ThrowsAsync<TemplateViolationException>(() => netwerkpunt.ZendNotificatieAsync(Notificatie(UzoviCode, IWlz.Client.Netwerkpunt.IDTypeEnum.AGB)));
        Assert.Equal("afzenderIDType", wrongType.VariableName);
        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task zendMelding_is_sent_by_the_CIZ_with_its_KVK_number()
    {
        var recorder = RecordingExecutor.AnsweringWithFixtures();
        var netwerkpunt = new LowLevelNetwerkpuntClient(TemplateGuardExecutor.Ensure(recorder, Ciz, false));

        var response = await netwerkpunt.ZendMeldingAsync(new()
        {
            Timestamp = new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero),
            AfzenderIDType = IWlz.Client.Netwerkpunt.IDTypeEnum.KVK,
            AfzenderID = CizKvk,
            OntvangerIDType = IWlz.Client.Netwerkpunt.IDTypeEnum.UZOVI,
            OntvangerID = UzoviCode,
            OntvangerKenmerk = "UZOVI:5501",
            EventType = "IWLZFOUTMELDING",
            SubjectList = [new() { Subject = "RS038", RecordID = "Bemiddeling/" + Specificatie }],
        });

        Assert.Equal(Guid.Parse("8a177908-6b6d-4889-98ca-b0a5f1ae9ba1"), response.GetDataOrThrow().ZendMelding.MeldingID);
        Assert.Equal(
            """{"timestamp":"2024-05-01T08:30:00+00:00","afzenderIDType":"KVK","afzenderID":"62253778","ontvangerIDType":"UZOVI","ontvangerID":"9902","ontvangerKenmerk":"UZOVI:5501","eventType":"IWLZFOUTMELDING","subjectList":[{"subject":"RS038","recordID":"Bemiddeling/0b5c4a3e-1f2d-4c6b-9a8e-7d6c5b4a3f21"}]}""",
            recorder.Single.VariablesJson);
    }

    private static FixedPartyIdentity PartyFor(TemplateRole role) => role switch
    {
        TemplateRole.Zorgaanbieder or TemplateRole.Regiehouder => Zorgaanbieder,
        TemplateRole.Ciz => Ciz,
        _ => Zorgkantoor,
    };

    private static BemiddelingspecificatieVoorZorgaanbiederVariables Variables(string instelling) =>
        new() { BemiddelingspecificatieID = Specificatie, Instelling = instelling };

    private static GraphQLOperation<BemiddelingspecificatieVoorZorgaanbiederVariables, BemiddelingspecificatieVoorZorgaanbiederResult> HandWritten(string document, string name, string? templateId = null)
    {
        var template = BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;
        return new(name, GraphQLOperationKind.Query, document, "not-checked", "Bemiddelingsregister", ["bemiddelingspecificatie"], template.VariablesTypeInfo, template.DataTypeInfo)
        {
            TemplateId = templateId,
        };
    }
}

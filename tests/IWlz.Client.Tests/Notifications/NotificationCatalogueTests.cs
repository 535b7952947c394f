using System.Reflection;
using IWlz.Client.Notifications;
using IWlz.Client.Registers;

namespace IWlz.Client.Tests.Notifications;

public sealed class NotificationCatalogueTests
{
    [Fact]
    public void Has_all_41_rows_with_unique_keys_and_40_event_types()
    {
        var rows = NotificationCatalogue.All;

        Assert.Equal(41, rows.Count);
        Assert.Equal(41, rows.Select(r => (r.EventType, r.RegisterVersion)).Distinct().Count());
        Assert.Equal(40, rows.Select(r => r.EventType).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, r => Assert.Equal(r.EventType.ToUpperInvariant(), r.EventType));
    }

    [Fact]
    public void Rows_per_register_version_match_the_specification()
    {
        var counts = NotificationCatalogue.All.GroupBy(r => r.RegisterVersion).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            new Dictionary<string, int> { ["IR-2"] = 2, ["IR-3"] = 6, ["BR-1"] = 12, ["BR-1.1"] = 7, ["LR-1"] = 14 },
            counts);
    }

    [Theory]
    [InlineData("NIEUWE_INDICATIE_ZORGKANTOOR")]
    [InlineData("nieuwe_indicatie_zorgkantoor")]
    [InlineData("Nieuwe_Indicatie_Zorgkantoor")]
    [InlineData(" NIEUWE_INDICATIE_ZORGKANTOOR ")]
    public void Lookup_by_event_type_ignores_case_and_returns_every_version(string eventType)
    {
        var rows = NotificationCatalogue.FindByEventType(eventType);

        Assert.Equal(["IR-2", "IR-3"], rows.Select(r => r.RegisterVersion));
        Assert.Equal("IR-2", NotificationCatalogue.FindPreferred(eventType)!.RegisterVersion);
        Assert.Equal(SpecificationStatus.InDevelopment, NotificationCatalogue.Find(eventType, "ir-3")!.Status);
    }

    [Fact]
    public void Preferred_version_falls_back_to_the_one_in_development_and_unknown_types_find_nothing()
    {
        Assert.Equal("IR-3", NotificationCatalogue.FindPreferred("nieuwe_vervallengeldigheid_zorgkantoor")!.RegisterVersion);
        Assert.Empty(NotificationCatalogue.FindByEventType("NIEUWE_ONBEKENDE_ZORGKANTOOR"));
        Assert.Empty(NotificationCatalogue.FindByEventType(null));
        Assert.Null(NotificationCatalogue.FindPreferred("IWLZFOUTMELDING"));
        Assert.Null(NotificationCatalogue.Find("NIEUWE_INDICATIE_ZORGKANTOOR", "BR-1"));
    }

    [Fact]
    public void A_bemiddelingsregister_row_has_the_reference_values()
    {
        var row = NotificationCatalogue.Find("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "BR-1")!;

        Assert.Equal(IWlzRegister.Bemiddelingsregister, row.Register);
        Assert.Equal(SpecificationStatus.Current, row.Status);
        Assert.Equal((NotificationRole.Zorgkantoor, IDType.UZOVI), (row.SenderRole, row.SenderIdType));
        Assert.Equal((NotificationRole.Zorgaanbieder, IDType.AGB), (row.ReceiverRole, row.ReceiverIdType));
        Assert.Equal(("Bemiddeling", "Bemiddelingspecificatie"), (row.SubjectEntity, row.RecordIdEntity));
        Assert.Equal("QBR-0001-ZA", row.FollowUpTemplateId);
        Assert.False(row.IsDeletion);
        Assert.True(row.IsMandatory);
        Assert.Equal(typeof(NieuweBemiddelingspecificatieZorgaanbieder), row.EventClass);
    }

    [Fact]
    public void Leveringsregister_and_indicatieregister_rows_have_the_reference_values()
    {
        var verzoek = NotificationCatalogue.Find("NIEUW_VERZOEK_ZORGKANTOOR", "LR-1")!;
        Assert.Equal(IWlzRegister.Leveringsregister, verzoek.Register);
        Assert.Equal(SpecificationStatus.InDevelopment, verzoek.Status);
        Assert.Equal((NotificationRole.Zorgaanbieder, IDType.AGB), (verzoek.SenderRole, verzoek.SenderIdType));
        Assert.Equal((NotificationRole.Zorgkantoor, IDType.UZOVI), (verzoek.ReceiverRole, verzoek.ReceiverIdType));
        Assert.Equal(("Levering", "Verzoek"), (verzoek.SubjectEntity, verzoek.RecordIdEntity));
        Assert.Equal("QLR-0004-ZK", verzoek.FollowUpTemplateId);

        var afstel = NotificationCatalogue.Find("VERWIJDERD_AFSTEL_ZORGKANTOOR", "LR-1")!;
        Assert.True(afstel.IsDeletion);
        Assert.Null(afstel.FollowUpTemplateId);

        var vervallen = NotificationCatalogue.Find("VERVALLEN_INDICATIE_ZORGKANTOOR", "IR-2")!;
        Assert.Equal((NotificationRole.Ciz, IDType.KVK), (vervallen.SenderRole, vervallen.SenderIdType));
        Assert.Equal(("WlzIndicatie", "WlzIndicatie"), (vervallen.SubjectEntity, vervallen.RecordIdEntity));
        Assert.Null(vervallen.FollowUpTemplateId);
        Assert.False(vervallen.IsDeletion);

        var regiehouder = NotificationCatalogue.Find("NIEUWE_REGIEHOUDER_ZORGKANTOOR", "BR-1.1")!;
        Assert.Equal(("Bemiddelingspecificatie", "Regiehouder"), (regiehouder.SubjectEntity, regiehouder.RecordIdEntity));
        Assert.Equal("QBR-0013-ZKu", regiehouder.FollowUpTemplateId);

        var informatief = NotificationCatalogue.Find("INFORMATIEVE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", "BR-1.1")!;
        Assert.Null(informatief.FollowUpTemplateId);
        Assert.False(informatief.IsDeletion);
    }

    [Fact]
    public void Deletions_are_exactly_the_VERWIJDERD_types_and_never_have_a_follow_up()
    {
        foreach (var row in NotificationCatalogue.All)
        {
            var words = row.EventType.Split('_');
            Assert.Equal(words.Contains("VERWIJDERDE") || words.Contains("VERWIJDERD"), row.IsDeletion);
            if (row.IsDeletion)
            {
                Assert.Null(row.FollowUpTemplateId);
            }
        }

        Assert.Equal(12, NotificationCatalogue.All.Count(r => r.IsDeletion));
    }

    [Fact]
    public void Register_status_and_id_types_are_consistent_with_the_register_version()
    {
        foreach (var row in NotificationCatalogue.All)
        {
            var expectedRegister = row.RegisterVersion[..2] switch
            {
                "IR" => IWlzRegister.Indicatieregister,
                "BR" => IWlzRegister.Bemiddelingsregister,
                _ => IWlzRegister.Leveringsregister,
            };
            Assert.Equal(expectedRegister, row.Register);
            Assert.Equal(row.RegisterVersion is "IR-2" or "BR-1" ? SpecificationStatus.Current : SpecificationStatus.InDevelopment, row.Status);
            Assert.True(Enum.IsDefined(row.SenderIdType));
            Assert.True(Enum.IsDefined(row.ReceiverIdType));
            Assert.Equal(row.ReceiverRole == NotificationRole.Zorgaanbieder ? IDType.AGB : IDType.UZOVI, row.ReceiverIdType);
        }
    }

    [Fact]
    public void Follow_up_templates_are_shipped_except_those_that_need_a_newer_schema()
    {
        var missing = NotificationCatalogue.All
            .Select(r => r.FollowUpTemplateId)
            .OfType<string>()
            .Where(id => TemplateCatalogue.Find(id) is null)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(["QBR-0012-ZKu", "QBR-0013-ZKu", "QLR-0008-ZK", "QLR-0010-ZK"], missing);
    }

    [Fact]
    public void Every_event_type_has_its_own_sealed_event_class_with_the_matching_name_constant()
    {
        var classes = NotificationCatalogue.All.GroupBy(r => r.EventType).ToDictionary(g => g.Key, g => g.Select(r => r.EventClass).Distinct().Single());

        Assert.Equal(40, classes.Values.Distinct().Count());
        foreach (var (eventType, type) in classes)
        {
            Assert.True(type.IsSealed && type.IsSubclassOf(typeof(NotificationEvent)), type.Name);
            Assert.Equal(eventType, type.GetField("EventTypeName")!.GetRawConstantValue());
            Assert.Equal(eventType.Replace("_", string.Empty, StringComparison.Ordinal), type.Name.ToUpperInvariant());
        }

        var allEventClasses = typeof(NotificationEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(NotificationEvent)) && t != typeof(UnknownNotificationEvent));
        Assert.Equal(classes.Values.OrderBy(t => t.Name), allEventClasses.OrderBy(t => t.Name));
    }
}

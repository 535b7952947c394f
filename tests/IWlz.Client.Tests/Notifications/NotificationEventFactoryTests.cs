using System.Reflection;
using IWlz.Client.Notifications;

namespace IWlz.Client.Tests.Notifications;

public sealed class NotificationEventFactoryTests
{
    private static readonly Guid First = Guid.Parse("6a1f0d52-8c3e-4b7a-9e21-5d4c3b2a1f00");
    private static readonly Guid Second = Guid.Parse("0b9e8d7c-6f5a-4e3d-8c2b-1a0f9e8d7c6b");
    private static readonly DateTimeOffset Timestamp = new(2026, 3, 2, 9, 15, 0, TimeSpan.FromHours(1));

    private static NotificationMessage Message(string eventType, params (string Subject, string RecordId)[] subjects) =>
        new(
            Timestamp,
            new NotificationParty(IDType.UZOVI, "5599"),
            new NotificationParty(IDType.AGB, "98765432"),
            eventType,
            [.. subjects.Select(s => new NotificationSubject(s.Subject, s.RecordId))])
        {
            OntvangerKenmerk = null,
        };

    [Fact]
    public void A_known_event_becomes_its_typed_class_with_the_ids_and_the_raw_fields()
    {
        var message = Message("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", ($"Bemiddeling/{First}", $"Bemiddelingspecificatie/{Second}"));

        var result = NotificationEventFactory.Create(message);

        Assert.True(result.IsSuccess);
        var evt = Assert.IsType<NieuweBemiddelingspecificatieZorgaanbieder>(result.Event);
        Assert.Equal(First, evt.BemiddelingID);
        Assert.Equal(Second, evt.BemiddelingspecificatieID);
        Assert.Equal("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", evt.EventType);
        Assert.Equal("BR-1", evt.Definition!.RegisterVersion);
        Assert.Equal(Timestamp, evt.Timestamp);
        Assert.Equal(new NotificationParty(IDType.UZOVI, "5599"), evt.Afzender);
        Assert.Equal(new NotificationParty(IDType.AGB, "98765432"), evt.Ontvanger);
        Assert.Same(message, evt.Message);
        Assert.False(evt.IsDeletion);
    }

    [Fact]
    public void Event_type_case_and_prefixed_record_references_are_tolerated()
    {
        var message = Message(
            "gewijzigde_bemiddelingspecificatie_zorgaanbieder",
            ($"bemiddeling/{First}", $"bemiddeling/bemiddelingspecificatie/{Second.ToString().ToUpperInvariant()}"));

        var evt = Assert.IsType<GewijzigdeBemiddelingspecificatieZorgaanbieder>(NotificationEventFactory.Create(message).Event);

        Assert.Equal("GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", evt.EventType);
        Assert.Equal(Second, evt.BemiddelingspecificatieID);
    }

    [Fact]
    public void The_spelling_bemiddelingsspecificatie_is_read_as_bemiddelingspecificatie()
    {
        var message = Message("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR", ($"Bemiddeling/{First}", $"Bemiddelingsspecificatie/{Second}"));

        var evt = Assert.IsType<NieuweBemiddelingspecificatieZorgkantoor>(NotificationEventFactory.Create(message).Event);

        Assert.Equal(Second, evt.BemiddelingspecificatieID);
    }

    [Fact]
    public void A_leveringsregister_subject_Levering_carries_the_bemiddelingspecificatie_id()
    {
        var message = Message("NIEUWE_LEVERINGPERIODE_ZORGKANTOOR", ($"Levering/{First}", $"Leveringperiode/{Second}"));

        var evt = Assert.IsType<NieuweLeveringperiodeZorgkantoor>(NotificationEventFactory.Create(message).Event);

        Assert.Equal(First, evt.BemiddelingspecificatieID);
        Assert.Equal(Second, evt.LeveringperiodeID);
    }

    [Fact]
    public void An_indication_event_uses_the_version_in_use_and_one_id_property()
    {
        var message = Message("NIEUWE_INDICATIE_ZORGKANTOOR", ($"WlzIndicatie/{First}", $"WlzIndicatie/{First}"));

        var evt = Assert.IsType<NieuweIndicatieZorgkantoor>(NotificationEventFactory.Create(message).Event);

        Assert.Equal(First, evt.WlzIndicatieID);
        Assert.Equal("IR-2", evt.Definition!.RegisterVersion);
    }

    [Fact]
    public void A_deletion_is_marked_as_such()
    {
        var message = Message("VERWIJDERD_AFSTEL_ZORGKANTOOR", ($"Levering/{First}", $"Afstel/{Second}"));

        var evt = Assert.IsType<VerwijderdAfstelZorgkantoor>(NotificationEventFactory.Create(message).Event);

        Assert.True(evt.IsDeletion);
        Assert.Equal(Second, evt.AfstelID);
    }

    [Theory]
    [InlineData("NIEUWE_ONBEKENDE_ZORGKANTOOR")]
    [InlineData("IWLZFOUTMELDING")]
    [InlineData("")]
    public void An_unknown_event_type_becomes_an_unknown_event_whatever_its_subjects(string eventType)
    {
        var message = Message(eventType, ("not a reference", "neither"), ("", ""));

        var result = NotificationEventFactory.Create(message);

        var evt = Assert.IsType<UnknownNotificationEvent>(result.Event);
        Assert.Null(evt.Definition);
        Assert.Equal(eventType, evt.EventType);
        Assert.Equal(2, evt.SubjectList.Count);
        Assert.False(evt.IsDeletion);
    }

    public static TheoryData<string, string, string, NotificationParseError, int> MalformedInput() => new()
    {
        { "Bemiddeling/6a1f0d52-8c3e-4b7a-9e21-5d4c3b2a1f00", "Bemiddelingspecificatie/12345", "", NotificationParseError.MalformedRecordId, 0 },
        { "Bemiddeling", "Bemiddelingspecificatie/0b9e8d7c-6f5a-4e3d-8c2b-1a0f9e8d7c6b", "", NotificationParseError.MalformedSubject, 0 },
        { "Client/6a1f0d52-8c3e-4b7a-9e21-5d4c3b2a1f00", "Bemiddelingspecificatie/0b9e8d7c-6f5a-4e3d-8c2b-1a0f9e8d7c6b", "'Client' instead of 'Bemiddeling'", NotificationParseError.UnexpectedSubjectEntity, 0 },
        { "Bemiddeling/6a1f0d52-8c3e-4b7a-9e21-5d4c3b2a1f00", "Regiehouder/0b9e8d7c-6f5a-4e3d-8c2b-1a0f9e8d7c6b", "'Regiehouder' instead of 'Bemiddelingspecificatie'", NotificationParseError.UnexpectedRecordIdEntity, 0 },
    };

    [Theory]
    [MemberData(nameof(MalformedInput))]
    public void Malformed_subjects_of_a_known_type_give_a_typed_failure_without_the_ids(
        string subject, string recordId, string expectedText, NotificationParseError expected, int index)
    {
        var message = Message("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER", (subject, recordId));

        var result = NotificationEventFactory.Create(message);

        Assert.False(result.IsSuccess);
        Assert.Equal(expected, result.Failure.Error);
        Assert.Equal(index, result.Failure.SubjectIndex);
        Assert.Same(message, result.Failure.Message);
        Assert.Contains("NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER at subjectList[0]", result.Failure.Description, StringComparison.Ordinal);
        Assert.Contains(expectedText, result.Failure.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("6a1f0d52", result.Failure.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("0b9e8d7c", result.Failure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_entry_of_the_subject_list_is_checked()
    {
        var message = Message(
            "NIEUWE_OVERDRACHT_ZORGKANTOOR",
            ($"Overdracht/{First}", $"Overdracht/{First}"),
            ($"Overdracht/{Second}", "Overdracht/not-a-uuid"));

        var failure = NotificationEventFactory.Create(message).Failure!;

        Assert.Equal(NotificationParseError.MalformedRecordId, failure.Error);
        Assert.Equal(1, failure.SubjectIndex);
    }

    [Fact]
    public void The_typed_ids_come_from_the_first_entry()
    {
        var message = Message(
            "GEWIJZIGDE_OVERDRACHT_ZORGKANTOOR",
            ($"Overdracht/{First}", $"Overdracht/{First}"),
            ($"Overdracht/{Second}", $"Overdracht/{Second}"));

        var evt = Assert.IsType<GewijzigdeOverdrachtZorgkantoor>(NotificationEventFactory.Create(message).Event);

        Assert.Equal(First, evt.OverdrachtID);
        Assert.Equal(2, evt.SubjectList.Count);
    }

    [Fact]
    public void An_empty_subject_list_or_a_null_entry_is_a_failure_not_an_exception()
    {
        var empty = NotificationEventFactory.Create(Message("NIEUWE_REGIEHOUDER_ZORGAANBIEDER"));
        Assert.Equal(NotificationParseError.EmptySubjectList, empty.Failure!.Error);
        Assert.Equal(-1, empty.Failure.SubjectIndex);

        var withNull = new NotificationMessage(
            Timestamp,
            new NotificationParty(IDType.UZOVI, "5599"),
            new NotificationParty(IDType.AGB, "98765432"),
            "NIEUWE_REGIEHOUDER_ZORGAANBIEDER",
            [null!]);
        Assert.Equal(NotificationParseError.MalformedSubject, NotificationEventFactory.Create(withNull).Failure!.Error);
    }

    public static TheoryData<string> EventTypes() => new(NotificationCatalogue.All.Select(r => r.EventType).Distinct());

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_catalogue_event_type_is_created_from_a_well_formed_message(string eventType)
    {
        var definition = NotificationCatalogue.FindPreferred(eventType)!;
        var message = Message(eventType, ($"{definition.SubjectEntity}/{First}", $"{definition.RecordIdEntity}/{Second}"));

        var evt = NotificationEventFactory.Create(message).Event;

        Assert.NotNull(evt);
        Assert.IsType(definition.EventClass, evt);
        Assert.Same(definition, evt.Definition);
        var ids = evt.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType == typeof(Guid))
            .ToDictionary(p => p.Name, p => (Guid)p.GetValue(evt)!);
        Assert.Equal(Second, ids[definition.RecordIdEntity + "ID"]);
        if (definition.SubjectEntity == "Levering")
        {
            Assert.Equal(First, ids["BemiddelingspecificatieID"]);
        }
        else if (definition.SubjectEntity != definition.RecordIdEntity)
        {
            Assert.Equal(First, ids[definition.SubjectEntity + "ID"]);
        }
        else
        {
            Assert.Single(ids);
        }
    }
}

using System.Diagnostics;
using System.Xml.Linq;
using IWlz.Client.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Tests.Audit;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Fail_closed_turns_a_sink_failure_into_AuditFailedException()
    {
        using var provider = Build(o => o.FailureMode = AuditFailureMode.FailClosed, new ThrowingSink());
        var trail = provider.GetRequiredService<IAuditTrail>();

        var ex = await Assert.ThrowsAsync<AuditFailedException>(() => trail.RecordAsync(CompleteRecord(), default).AsTask());

        Assert.IsType<IOException>(ex.InnerException);
        Assert.Contains("fail-closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_open_logs_the_sink_failure_and_continues_with_the_next_sink()
    {
        var capture = new CollectingSink();
        var logs = new ListLoggerProvider();
        using var provider = Build(o => o.FailureMode = AuditFailureMode.FailOpen, new ThrowingSink(), capture, logs);
        var trail = provider.GetRequiredService<IAuditTrail>();

        await trail.RecordAsync(CompleteRecord(), default);

        Assert.Single(capture.Records);
        var error = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(9002, error.EventId);
        Assert.Contains("ThrowingSink", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_mandatory_fields_are_named_not_valued_and_throw_when_configured()
    {
        using var provider = Build(o => o.MissingFieldBehavior = AuditMissingFieldBehavior.Throw, new CollectingSink());
        var trail = provider.GetRequiredService<IAuditTrail>();
        var record = CompleteRecord();
        record.Objects[0].AuthorizationProtocol = null;
        record.Objects[0].Class = AuditObjectClass.Person;
        record.Objects[0].ConsentProfile = null;

        var ex = await Assert.ThrowsAsync<AuditFailedException>(() => trail.RecordAsync(record, default).AsTask());

        Assert.Equal(["Object[0].Autorisatieprotocol", "Object[0].Toestemmingsprofiel"], ex.MissingFields);
        Assert.DoesNotContain("6f1d0c3e", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_fields_only_warn_by_default_and_the_record_is_still_written()
    {
        var sink = new CollectingSink();
        var logs = new ListLoggerProvider();
        using var provider = Build(_ => { }, sink, logs: logs);
        var record = CompleteRecord();
        record.Users[0].RoleCode = null;

        await provider.GetRequiredService<IAuditTrail>().RecordAsync(record, default);

        Assert.Single(sink.Records);
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("Gebruiker[0].Rol", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ambient_context_and_enrichers_complete_the_record_without_overwriting()
    {
        var sink = new CollectingSink();
        using var provider = Build(o => o.SystemUserRoleCode = "05", sink, enricher: new LocationEnricher());
        var record = CompleteRecord();
        record.Users[0].RoleCode = null;
        record.Objects[0].AuthorizationProtocol = null;
        record.Objects[0].ConsentProfile = "already-set";

        using (AuditContext.Use(new AuditContext
        {
            ResponsibleUserId = "j.jansen@zorgaanbieder-voorbeeld",
            ResponsibleUserRoleCode = "01",
            AuthorizationProtocol = "iWlz-behandelrelatie",
            ConsentProfile = "from-context",
            Checks = new AuditChecks(true, true, false, false),
        }))
        {
            await provider.GetRequiredService<IAuditTrail>().RecordAsync(record, default);
        }

        var written = Assert.Single(sink.Records);
        Assert.Equal("j.jansen@zorgaanbieder-voorbeeld", written.Users[0].ResponsibleUserId);
        Assert.Equal("05", written.Users[0].RoleCode);
        Assert.Equal("iWlz-behandelrelatie", written.Objects[0].AuthorizationProtocol);
        Assert.Equal("already-set", written.Objects[0].ConsentProfile);
        Assert.Equal("TTFF", written.Event.Checks.ToString());
        Assert.Equal("enriched-location", written.LogData.Location);
        Assert.Null(AuditContext.Current);
    }

    [Fact]
    public async Task Trace_ids_are_left_out_by_default_and_included_when_switched_on()
    {
        using var activity = new Activity("audit-test").SetIdFormat(ActivityIdFormat.W3C).Start();
        var off = new CollectingSink();
        var on = new CollectingSink();
        using (var p1 = Build(_ => { }, off))
        {
            var r = CompleteRecord();
            r.TraceId = "should-be-cleared";
            await p1.GetRequiredService<IAuditTrail>().RecordAsync(r, default);
        }

        using (var p2 = Build(o => o.IncludeTraceIds = true, on))
        {
            await p2.GetRequiredService<IAuditTrail>().RecordAsync(CompleteRecord(), default);
        }

        Assert.Null(off.Records[0].TraceId);
        Assert.Equal(activity.TraceId.ToHexString(), on.Records[0].TraceId);
        Assert.Equal(activity.SpanId.ToHexString(), on.Records[0].SpanId);
    }

    [Fact]
    public async Task Without_a_sink_nothing_is_built_or_validated()
    {
        using var provider = Build(o => o.MissingFieldBehavior = AuditMissingFieldBehavior.Throw);
        var trail = provider.GetRequiredService<IAuditTrail>();

        Assert.False(trail.IsEnabled);
        await trail.RecordAsync(new AuditRecord(), default); // would throw for missing fields if validated
    }

    [Fact]
    public void Bad_options_fail_on_start_and_name_the_key()
    {
        var services = new ServiceCollection();
        services.AddIWlzAuditing(o => o.SystemUserRoleCode = "09");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AuditOptions>>().Value);

        Assert.Contains("IWlz:Audit:SystemUserRoleCode", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_serializer_writes_the_nen7513_fields()
    {
        var record = CompleteRecord();
        record.Event.Result = AuditResult.Refused;
        record.Event.Checks = new AuditChecks(true, false, true, true);

        var xml = XDocument.Parse(AuditRecordXmlSerializer.Serialize(record));
        XNamespace ns = AuditRecordXmlSerializer.Namespace;
        var root = xml.Root!;

        Assert.Equal(ns + "Auditlogregel", root.Name);
        var gebeurtenis = root.Element(ns + "Gebeurtenis")!;
        Assert.Equal("nID-RS-1", gebeurtenis.Element(ns + "Gebeurteniscode")!.Attribute("code")!.Value);
        Assert.Equal("R", gebeurtenis.Element(ns + "Actiecode")!.Value);
        Assert.Equal("2026-03-04T05:06:07.000Z", gebeurtenis.Element(ns + "DatumTijd")!.Value);
        Assert.Equal("2", gebeurtenis.Element(ns + "Resultaat")!.Value);
        Assert.Equal("TFTT", gebeurtenis.Element(ns + "Controles")!.Value);
        Assert.Equal("CN=zorgaanbieder-voorbeeld", root.Element(ns + "Gebruiker")!.Element(ns + "GebruikersID")!.Value);
        var obj = root.Element(ns + "Object")!;
        Assert.Equal("bemiddelingspecificatieID", obj.Element(ns + "Identificatortype")!.Value);
        Assert.Equal("BemiddelingspecificatieVoorZorgaanbieder", obj.Element(ns + "Zoekvraag")!.Value);
        Assert.Equal("IWlz.Client", root.Element(ns + "Loggegevens")!.Element(ns + "Bron")!.Value);
        Assert.Null(root.Element(ns + "TraceId"));
    }

    private static AuditRecord CompleteRecord()
    {
        var record = new AuditRecord
        {
            Event = new AuditEvent
            {
                Code = new AuditCode("nID-RS-1", null, "nID", "GraphQL query"),
                Action = AuditAction.Read,
                StartedAt = new DateTimeOffset(2026, 3, 4, 6, 6, 7, TimeSpan.FromHours(1)),
                Result = AuditResult.Success,
            },
            LogData = new AuditLogData { Source = "IWlz.Client" },
        };
        record.Users.Add(new AuditUser { UserId = "CN=zorgaanbieder-voorbeeld", RoleCode = "05" });
        record.Objects.Add(new AuditObject
        {
            IdentifierType = "bemiddelingspecificatieID",
            Identifier = "6f1d0c3e-2b9a-4c41-9d7e-0a1b2c3d4e5f",
            Class = AuditObjectClass.SystemObject,
            AuthorizationProtocol = "iWlz",
            Query = "BemiddelingspecificatieVoorZorgaanbieder",
        });
        return record;
    }

    private static ServiceProvider Build(
        Action<AuditOptions> configure,
        IIWlzAuditSink? first = null,
        IIWlzAuditSink? second = null,
        ListLoggerProvider? logs = null,
        IIWlzAuditEnricher? enricher = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => { if (logs is not null) { b.AddProvider(logs); } });
        services.AddIWlzAuditing(configure);
        foreach (var sink in new[] { first, second }.OfType<IIWlzAuditSink>())
        {
            services.AddSingleton(sink);
        }

        if (enricher is not null)
        {
            services.AddSingleton(enricher);
        }

        return services.BuildServiceProvider();
    }

    private sealed class ThrowingSink : IIWlzAuditSink
    {
        public ValueTask WriteAsync(AuditRecord record, CancellationToken cancellationToken) =>
            ValueTask.FromException(new IOException("disk full"));
    }

    private sealed class CollectingSink : IIWlzAuditSink
    {
        public List<AuditRecord> Records { get; } = [];

        public ValueTask WriteAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            Records.Add(record);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class LocationEnricher : IIWlzAuditEnricher
    {
        public void Enrich(AuditRecord record) => record.LogData.Location = "enriched-location";
    }
}

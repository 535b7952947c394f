using IWlz.Client.Audit;
using IWlz.Client.Indicatieregister;
using IWlz.Client.OpenTelemetry;
using IWlz.Client.Registers;
using OpenTelemetry;
using OpenTelemetry.Context.Propagation;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DocSnippets;

/// <summary>docs/observability.md.</summary>
internal static class ObservabilitySnippets
{
    public static void Auditing(IServiceCollection services)
    {
        // <snippet:observability-audit-registration>
        services.AddIWlzAuditing(o =>
        {
            o.FailureMode = AuditFailureMode.FailClosed;   // default
            o.SystemUserRoleCode = "03";                   // NEN-EN-ISO 21298 role of the system user
        });
        services.AddIWlzAuditSink<MyTamperEvidentAuditStore>();
        services.AddIWlzAuditEnricher<MyResponsibleUserEnricher>();   // optional
        // </snippet:observability-audit-registration>
    }

    public static async Task AuditContextAsync(IIndicatieregisterClient indicatieregister, Guid id, CancellationToken ct)
    {
        // <snippet:observability-audit-context>
        var who = new AuditContext
        {
            ResponsibleUserId = "j.jansen@zorgkantoor.nl",
            ResponsibleUserRoleCode = "01",
            AuthorizationProtocol = "iWlz zorgkantoor",
            ConsentProfile = "behandelrelatie",
            Checks = new AuditChecks(Authorization: true, TreatmentRelation: true, Consent: true, EmergencyOverride: false),
        };
        await indicatieregister.GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(
            id, new RegisterRequestOptions { Audit = who }, ct);   // this call and its token request
        using (AuditContext.Use(who)) { /* every call on this async flow */ }
        // </snippet:observability-audit-context>
    }

    public static void OpenTelemetryHost(WebApplicationBuilder builder)
    {
        // <snippet:observability-opentelemetry>
        // Optional: B3 for the host's own HTTP traffic too. The SDK sends B3 on its requests without this.
        Sdk.SetDefaultTextMapPropagator(new CompositeTextMapPropagator(
        [
            new TraceContextPropagator(),
            new BaggagePropagator(),
            new IWlzB3Propagator(),
        ]));

        builder.Services.AddOpenTelemetry()
            .WithTracing(t => t
                .AddIWlzClientInstrumentation()   // or AddSource(IWlzDiagnostics.ActivitySourceName, IWlzAspNetCoreDiagnostics.ActivitySourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(m => m
                .AddIWlzClientInstrumentation()   // or AddMeter(IWlzDiagnostics.MeterName, IWlzAspNetCoreDiagnostics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        // </snippet:observability-opentelemetry>
    }
}

/// <summary>Stands for the host's own NEN 7513 store in the examples.</summary>
public sealed class MyTamperEvidentAuditStore : IIWlzAuditSink
{
    public ValueTask WriteAsync(AuditRecord record, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>Stands for the host's own enricher in the examples.</summary>
public sealed class MyResponsibleUserEnricher : IIWlzAuditEnricher
{
    public void Enrich(AuditRecord record)
    {
    }
}

using IWlz.Client.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NEN 7513 audit logging.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Registers the audit trail and its options. Safe to call more than once. Records are only built
    /// when at least one sink is registered with <see cref="AddIWlzAuditSink{TSink}(IServiceCollection)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of <see cref="AuditOptions"/>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddIWlzAuditing(this IServiceCollection services, Action<AuditOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AuditOptions>()
            .Validate(o => Enum.IsDefined(o.FailureMode), "IWlz:Audit:FailureMode must be FailClosed or FailOpen.")
            .Validate(o => Enum.IsDefined(o.MissingFieldBehavior), "IWlz:Audit:MissingFieldBehavior must be Warn or Throw.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Source), "IWlz:Audit:Source must not be empty.")
            .Validate(o => o.SystemUserRoleCode is null || IsRoleCode(o.SystemUserRoleCode), "IWlz:Audit:SystemUserRoleCode must be a NEN-EN-ISO 21298 code from 01 to 07.")
            .ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IAuditTrail, DefaultAuditTrail>();
        return services;
    }

    /// <summary>Adds an audit sink (a singleton) and registers auditing.</summary>
    /// <typeparam name="TSink">The sink type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddIWlzAuditSink<TSink>(this IServiceCollection services)
        where TSink : class, IIWlzAuditSink
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIWlzAuditing();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIWlzAuditSink, TSink>());
        return services;
    }

    /// <summary>Adds an audit enricher (a singleton) and registers auditing.</summary>
    /// <typeparam name="TEnricher">The enricher type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddIWlzAuditEnricher<TEnricher>(this IServiceCollection services)
        where TEnricher : class, IIWlzAuditEnricher
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIWlzAuditing();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIWlzAuditEnricher, TEnricher>());
        return services;
    }

    private static bool IsRoleCode(string code) =>
        code.Length == 2 && code[0] == '0' && code[1] is >= '1' and <= '7';
}

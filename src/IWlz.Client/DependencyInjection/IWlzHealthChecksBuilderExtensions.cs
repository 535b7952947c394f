using IWlz.Client.Certificates.Internal;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Health checks of the IWlz.Client SDK.</summary>
public static class IWlzHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check of the client certificate: Degraded within <c>IWlz:Certificate:ExpiryWarningPeriod</c>
    /// (default 30 days) of its expiry, Unhealthy when it cannot be used.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name. Default <c>iwlz-certificate</c>.</param>
    /// <param name="tags">Tags to filter the check by.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddIWlzCertificateCheck(this IHealthChecksBuilder builder, string name = "iwlz-certificate", IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<CertificateHealthCheck>(name, HealthStatus.Unhealthy, tags ?? []);
    }
}

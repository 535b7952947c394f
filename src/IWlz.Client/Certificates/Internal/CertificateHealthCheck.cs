using System.Globalization;
using IWlz.Client.Certificates;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Certificates.Internal;

/// <summary>
/// Healthy while the client certificate is usable; Degraded within <see cref="CertificateOptions.ExpiryWarningPeriod"/>
/// of its expiry; Unhealthy when it is expired, not yet valid, has no key, is for another environment or cannot be loaded.
/// </summary>
internal sealed class CertificateHealthCheck(ICertificateProvider provider, IOptionsMonitor<IWlzClientOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = options.CurrentValue;
        ClientCertificate certificate;
        try
        {
            certificate = await provider.GetCertificateAsync(cancellationToken).ConfigureAwait(false);
            Internal.CertificateGuard.EnsureUsable(certificate, current.Environment, time.GetUtcNow());
        }
        catch (IWlzException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message);
        }

        var notAfter = new DateTimeOffset(certificate.Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var data = new Dictionary<string, object>
        {
            ["thumbprint"] = certificate.Thumbprint,
            ["notAfter"] = notAfter.ToString("u", CultureInfo.InvariantCulture),
            ["environment"] = certificate.Environment.ToString(),
        };
        var left = notAfter - time.GetUtcNow();
        if (left <= current.Certificate.ExpiryWarningPeriod)
        {
            return HealthCheckResult.Degraded(
                string.Create(CultureInfo.InvariantCulture, $"The client certificate {certificate.Thumbprint} expires at {notAfter:u}, in {Math.Ceiling(left.TotalDays)} day(s). Renew it at VECOZO."),
                data: data);
        }

        return HealthCheckResult.Healthy($"The client certificate {certificate.Thumbprint} is valid until {notAfter:u}.", data);
    }
}

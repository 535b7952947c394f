using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Certificates.Internal;

/// <summary>
/// Loads the certificate from <see cref="IWlzClientOptions.Certificate"/> and checks the source again every
/// <see cref="CertificateOptions.ReloadInterval"/>, so a replaced file or changed configuration is picked up
/// without a restart. A failed reload keeps the previous certificate.
/// </summary>
internal sealed class DefaultCertificateProvider : ICertificateProvider, IDisposable
{
    private readonly IOptionsMonitor<IWlzClientOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IDisposable? _subscription;
    private readonly Lock _gate = new();
    private ClientCertificate? _current;
    private string? _stamp;
    private DateTimeOffset _nextCheck;
    private string? _warnedThumbprint;

    public DefaultCertificateProvider(IOptionsMonitor<IWlzClientOptions> options, TimeProvider time, ILogger<DefaultCertificateProvider> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _subscription = options.OnChange((_, name) =>
        {
            if (string.IsNullOrEmpty(name))
            {
                lock (_gate)
                {
                    _nextCheck = DateTimeOffset.MinValue;
                }
            }
        });
    }

    public ValueTask<ClientCertificate> GetCertificateAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_current is not null && now < _nextCheck)
            {
                return ValueTask.FromResult(_current);
            }

            var options = _options.CurrentValue.Certificate;
            _nextCheck = now + options.ReloadInterval;
            var stamp = CertificateLoader.SourceStamp(options);
            if (_current is not null && stamp == _stamp && options.Environment == _current.Environment)
            {
                return ValueTask.FromResult(_current);
            }

            ClientCertificate loaded;
            try
            {
                loaded = new ClientCertificate(CertificateLoader.Load(options, "IWlz:Certificate"), options.Environment);
            }
            catch (IWlzException ex) when (_current is not null)
            {
                CertificateLog.ReloadFailed(_logger, ex, _current.Thumbprint);
                return ValueTask.FromResult(_current);
            }

            if (_current is not null && _current.Thumbprint != loaded.Thumbprint)
            {
                CertificateLog.Rotated(_logger, _current.Thumbprint, loaded.Thumbprint);
            }
            else if (_current is null)
            {
                var notAfter = new DateTimeOffset(loaded.Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
                CertificateLog.Loaded(_logger, loaded.Thumbprint, loaded.Environment, notAfter);
            }

            _current = loaded;
            _stamp = stamp;
            WarnIfExpiringSoon(loaded, options.ExpiryWarningPeriod, now);
            return ValueTask.FromResult(loaded);
        }
    }

    public void Dispose() => _subscription?.Dispose();

    private void WarnIfExpiringSoon(ClientCertificate certificate, TimeSpan warningPeriod, DateTimeOffset now)
    {
        var notAfter = new DateTimeOffset(certificate.Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var left = notAfter - now;
        if (left <= warningPeriod && left > TimeSpan.Zero && _warnedThumbprint != certificate.Thumbprint)
        {
            _warnedThumbprint = certificate.Thumbprint;
            CertificateLog.ExpiresSoon(_logger, certificate.Thumbprint, notAfter, (int)Math.Ceiling(left.TotalDays));
        }
    }
}

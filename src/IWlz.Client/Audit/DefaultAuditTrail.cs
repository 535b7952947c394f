using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Audit;

/// <summary>The default <see cref="IAuditTrail"/>.</summary>
public sealed partial class DefaultAuditTrail : IAuditTrail
{
    private readonly IIWlzAuditSink[] _sinks;
    private readonly IIWlzAuditEnricher[] _enrichers;
    private readonly IOptionsMonitor<AuditOptions> _options;
    private readonly ILogger _logger;

    /// <summary>Creates the trail.</summary>
    /// <param name="sinks">The registered sinks; none disables auditing.</param>
    /// <param name="enrichers">The registered enrichers, run in order.</param>
    /// <param name="options">Audit options.</param>
    /// <param name="logger">Logger for sink failures and missing fields (names only, never values).</param>
    public DefaultAuditTrail(
        IEnumerable<IIWlzAuditSink> sinks,
        IEnumerable<IIWlzAuditEnricher> enrichers,
        IOptionsMonitor<AuditOptions> options,
        ILogger<DefaultAuditTrail>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentNullException.ThrowIfNull(enrichers);
        ArgumentNullException.ThrowIfNull(options);
        _sinks = sinks.ToArray();
        _enrichers = enrichers.ToArray();
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public bool IsEnabled => _sinks.Length > 0;

    /// <inheritdoc />
    public async ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_sinks.Length == 0)
        {
            return;
        }

        var options = _options.CurrentValue;
        Complete(record, options);

        // The names of missing fields are made only when someone reads them: the exception, or an enabled warning.
        if (!AuditRecordValidator.IsComplete(record))
        {
            if (options.MissingFieldBehavior == AuditMissingFieldBehavior.Throw)
            {
                throw new AuditFailedException(AuditRecordValidator.FindMissingFields(record));
            }

            if (_logger.IsEnabled(LogLevel.Warning))
            {
                LogMissingFields(_logger, string.Join(", ", AuditRecordValidator.FindMissingFields(record)));
            }
        }

        foreach (var sink in _sinks)
        {
            try
            {
                await sink.WriteAsync(record, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                LogSinkFailed(_logger, sink.GetType().Name, ex.GetType().Name, options.FailureMode);
                if (options.FailureMode == AuditFailureMode.FailClosed)
                {
                    throw new AuditFailedException(
                        $"Audit sink {sink.GetType().Name} failed ({ex.GetType().Name}); the operation is refused because audit logging is fail-closed.",
                        ex);
                }
            }
        }
    }

    private void Complete(AuditRecord record, AuditOptions options)
    {
        AuditContext.Current?.ApplyTo(record);
        foreach (var enricher in _enrichers)
        {
            enricher.Enrich(record);
        }

        record.LogData.Source ??= options.Source;
        for (var i = 0; i < record.Users.Count; i++)
        {
            record.Users[i].RoleCode ??= options.SystemUserRoleCode;
        }

        if (options.IncludeTraceIds)
        {
            var activity = Activity.Current;
            if (activity is not null && activity.IdFormat == ActivityIdFormat.W3C)
            {
                record.TraceId ??= activity.TraceId.ToHexString();
                record.SpanId ??= activity.SpanId.ToHexString();
            }
        }
        else
        {
            record.TraceId = null;
            record.SpanId = null;
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Audit record lacks mandatory NEN 7513 fields: {MissingFields}.")]
    private static partial void LogMissingFields(ILogger logger, string missingFields);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error, Message = "Audit sink {Sink} failed with {ExceptionType}; failure mode {FailureMode}.")]
    private static partial void LogSinkFailed(ILogger logger, string sink, string exceptionType, AuditFailureMode failureMode);
}

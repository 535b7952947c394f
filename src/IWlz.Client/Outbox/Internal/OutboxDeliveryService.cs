using IWlz.Client.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Outbox.Internal;

/// <summary>
/// The hosted background sender: it leases due messages, makes one attempt each through
/// <see cref="INotificatieSender"/>/<see cref="IMeldingSender"/>, and records delivered, rescheduled (retryable
/// failures only, with backoff and Retry-After) or dead-lettered. It never stops on a failing store or sender.
/// </summary>
internal sealed class OutboxDeliveryService : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);
    private readonly IOutboxStore _store;
    private readonly IServiceProvider _services;
    private INotificatieSender _notificaties = null!;
    private IMeldingSender _meldingen = null!;
    private readonly OutboxSignal _signal;
    private readonly OutboxCompletions _completions;
    private readonly OutboxTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly OutboxOptions _options;
    private readonly ILogger _logger;
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private DateTimeOffset _nextPurge;

    public OutboxDeliveryService(
        IOutboxStore store,
        IServiceProvider services,
        OutboxSignal signal,
        OutboxCompletions completions,
        OutboxTelemetry telemetry,
        TimeProvider time,
        IOptions<OutboxOptions> options,
        ILogger<OutboxDeliveryService> logger)
    {
        _store = store;
        _services = services;
        _signal = signal;
        _completions = completions;
        _telemetry = telemetry;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield so that host start-up is not held up by the first read of the store.
        await Task.Yield();

        // Resolved here, not in the constructor, so a missing AddIWlzClient is reported by the start-up
        // validation (OutboxRegistrationValidator) with the options errors, not as a construction failure.
        _notificaties = _services.GetRequiredService<INotificatieSender>();
        _meldingen = _services.GetRequiredService<IMeldingSender>();
        OutboxLog.Started(_logger, _owner);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeIfDueAsync(stoppingToken).ConfigureAwait(false);
                var leased = await _store.LeaseAsync(_owner, _options.BatchSize, _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (leased.Count == 0)
                {
                    await _signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                await Parallel.ForEachAsync(
                    leased,
                    new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = CancellationToken.None },
                    (entry, _) => new ValueTask(DeliverAsync(entry, stoppingToken))).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The sender must outlive a failing store; it waits and tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5) - 1)));
                OutboxLog.StoreFailed(_logger, ex.GetType().Name, delay, ex);
                try
                {
                    await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    internal async Task DeliverAsync(OutboxEntry entry, CancellationToken stoppingToken)
    {
        var message = entry.Message;
        var kind = OutboxMessageJson.KindName(message);
        SendResult result;
        using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            attempt.CancelAfter(_options.AttemptTimeout);
            try
            {
                result = message switch
                {
                    OutgoingMelding melding => await _meldingen.SendAsync(melding, attempt.Token).ConfigureAwait(false),
                    OutgoingNotificatie notificatie => await _notificaties.SendAsync(notificatie, attempt.Token).ConfigureAwait(false),
                    _ => SendResult.Failed(SendFailureReason.Rejected, $"The outbox cannot send a {message.GetType().Name}."),
                };
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutdown: give the message back, due now; the next start sends it (again, if it did arrive).
                await UpdateAsync(entry.Id, () => _store.RescheduleAsync(entry.Id, _owner, _time.GetUtcNow(), null, CancellationToken.None)).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (attempt.IsCancellationRequested)
            {
                // No answer in time: it may or may not have arrived. Retrying is safe, the receiver de-duplicates.
                result = SendResult.Failed(SendFailureReason.Transport, $"The attempt did not finish within {_options.AttemptTimeout} (OutboxOptions.AttemptTimeout).");
            }
#pragma warning disable CA1031 // A sender that throws must not stop the outbox; the message is set aside with the error type.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                OutboxLog.SendThrew(_logger, entry.Id, ex.GetType().Name, ex);
                result = SendResult.Failed(SendFailureReason.Rejected, $"The sender threw {ex.GetType().Name}.");
            }
        }

        if (result.IsDelivered)
        {
            await RecordDeliveryAsync(entry, result).ConfigureAwait(false);
            _telemetry.Sent(kind, message.EventType, entry.Id, entry.Attempts);
            _completions.Finished(entry.Id);
            return;
        }

        if (result.IsRetryable && entry.Attempts < _options.MaxAttempts)
        {
#pragma warning disable CA5394 // Jitter spreads retries; it needs no cryptographic randomness.
            var next = _time.GetUtcNow() + OutboxRetryDelay.For(entry.Attempts, result.RetryAfter, _options, Random.Shared.NextDouble());
#pragma warning restore CA5394
            await UpdateAsync(entry.Id, () => _store.RescheduleAsync(entry.Id, _owner, next, result, CancellationToken.None)).ConfigureAwait(false);
            _telemetry.Retrying(kind, message.EventType, entry.Id, entry.Attempts, result.FailureReason.ToString(), next);
            return;
        }

        await UpdateAsync(entry.Id, () => _store.DeadLetterAsync(entry.Id, _owner, result, CancellationToken.None)).ConfigureAwait(false);
        _telemetry.DeadLettered(kind, message.EventType, entry.Id, entry.Attempts, result.FailureReason.ToString());
        _completions.Finished(entry.Id);
    }

    /// <summary>
    /// Records the receiver's acknowledgement. It is tried a few times: as long as it is not recorded, the
    /// message would be sent again after its lease runs out.
    /// </summary>
    private async Task RecordDeliveryAsync(OutboxEntry entry, SendResult result)
    {
        const int Tries = 3;
        for (var attempt = 1; attempt <= Tries; attempt++)
        {
            try
            {
                await _store.MarkDeliveredAsync(entry.Id, result.ReceiverId!.Value, result.TraceId, CancellationToken.None).ConfigureAwait(false);
                return;
            }
#pragma warning disable CA1031 // Logged as critical after the last try; the message is then re-sent later (at-least-once).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (attempt == Tries)
                {
                    OutboxLog.DeliveryNotRecorded(_logger, entry.Id, ex);
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task UpdateAsync(Guid id, Func<Task<bool>> update)
    {
        try
        {
            if (!await update().ConfigureAwait(false))
            {
                OutboxLog.LeaseLost(_logger, id);
            }
        }
#pragma warning disable CA1031 // The lease runs out and the message is sent again; log and go on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            OutboxLog.StoreFailed(_logger, ex.GetType().Name, _options.LeaseDuration, ex);
        }
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + PurgeInterval;
        var purged = await _store.PurgeDeliveredAsync(now - _options.DeliveredRetention, cancellationToken).ConfigureAwait(false);
        if (purged > 0)
        {
            OutboxLog.Purged(_logger, purged);
        }
    }
}

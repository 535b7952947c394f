using System.Diagnostics;
using System.Threading.Channels;
using IWlz.Client.Diagnostics;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Inbox.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Inbox;

/// <summary>
/// The hosted background service that delivers stored messages: it leases due messages, runs the routes
/// (and the catch-all when no route handled a message) in a scope per message, and completes, reschedules
/// with exponential backoff, or dead-letters each one. It never stops on a failure of a handler or the store.
/// </summary>
internal sealed class InboxDispatcher : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);
    private readonly INotificationInbox _inbox;
    private readonly IServiceScopeFactory _scopes;
    private readonly IEnumerable<IInboundMessageRoute> _routes;
    private readonly InboxSignal _signal;
    private readonly InboxHandoff _handoff;
    private readonly TimeProvider _time;
    private readonly InboxDispatcherOptions _options;
    private readonly SdkMetrics _metrics;
    private readonly ILogger _logger;
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly Channel<PendingCompletion> _completions = Channel.CreateUnbounded<PendingCompletion>(new UnboundedChannelOptions { SingleReader = true });
    private DateTimeOffset _nextPurge;

    // When the inbox must next be leased from (UTC ticks): the messages not handed off in memory, such as
    // retries, replays and messages from before the start, are found there. Deliveries lower it when they
    // reschedule, from other threads.
    private long _nextInboxReadTicks;

    // A store that does not hand its new messages over in memory (the in-memory inbox) only signals: then a wake-up
    // means that the store has something new and must be read at once.
    private readonly bool _readOnWake;

    public InboxDispatcher(
        INotificationInbox inbox,
        IServiceScopeFactory scopes,
        IEnumerable<IInboundMessageRoute> routes,
        InboxSignal signal,
        InboxHandoff handoff,
        TimeProvider time,
        IOptions<InboxDispatcherOptions> options,
        SdkMetrics metrics,
        ILogger<InboxDispatcher> logger)
    {
        _metrics = metrics;
        _inbox = inbox;
        _scopes = scopes;
        _routes = routes;
        _signal = signal;
        _handoff = handoff;
        _readOnWake = !(inbox is SqliteNotificationInbox sqlite && ReferenceEquals(sqlite.Handoff, handoff));
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield so that host start-up is not held up by the first read of the store.
        await Task.Yield();
        InboxDispatcherLog.Started(_logger, _owner);
        var completer = RunCompletionsAsync();
        _handoff.Attach(_owner);
        try
        {
            await RunDeliveriesAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            // Messages still waiting in memory are leased to this dispatcher in the store: give them back, so
            // they are due again (the next start would release them too).
            _handoff.Detach();
            await ReleaseHandedOffAsync().ConfigureAwait(false);

            // Every delivery has finished here; the completions it queued are written before the dispatcher stops.
            _completions.Writer.TryComplete();
            await completer.ConfigureAwait(false);
        }
    }

    private async Task RunDeliveriesAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var batch = new List<InboxEntry>(_options.BatchSize);
        while (!stoppingToken.IsCancellationRequested)
        {
            batch.Clear();

            // Messages just stored in this process come in memory; the inbox is leased from when something may be
            // due there (at start, a retry's time, a replay, an overflow of the hand-off) and at every poll.
            while (batch.Count < _options.BatchSize && _handoff.TryTake(out var handedOff))
            {
                batch.Add(handedOff);
            }

            var now = _time.GetUtcNow();
            var wanted = _options.BatchSize - batch.Count;
            if (now.UtcTicks >= Interlocked.Read(ref _nextInboxReadTicks) || (wanted > 0 && _handoff.TakeStoredWithoutHandoff()))
            {
                try
                {
                    await PurgeIfDueAsync(stoppingToken).ConfigureAwait(false);
                    var count = Math.Max(wanted, 1);
                    var leased = await _inbox.LeaseAsync(_owner, count, _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
                    batch.AddRange(leased);
                    failures = 0;

                    // A full lease may have left more behind: read again right away. Otherwise at the next poll.
                    Interlocked.Exchange(ref _nextInboxReadTicks, leased.Count >= count ? now.UtcTicks : (now + _options.PollInterval).UtcTicks);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    await ReleaseAsync(batch).ConfigureAwait(false);
                    break;
                }
#pragma warning disable CA1031 // The dispatcher must outlive a failing store; it reads it again later.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    // What was handed off in memory is still delivered below; the store is read again after a backoff.
                    failures++;
                    var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5) - 1)));
                    InboxDispatcherLog.InboxFailed(_logger, ex.GetType().Name, delay, ex);
                    Interlocked.Exchange(ref _nextInboxReadTicks, (now + delay).UtcTicks);
                }
            }

            if (batch.Count == 0)
            {
                var untilRead = TimeSpan.FromTicks(Math.Max(0, Interlocked.Read(ref _nextInboxReadTicks) - now.UtcTicks));
                try
                {
                    var woken = await _signal.WaitAsync(untilRead < _options.PollInterval ? untilRead : _options.PollInterval, stoppingToken).ConfigureAwait(false);
                    if (woken && _readOnWake)
                    {
                        Interlocked.Exchange(ref _nextInboxReadTicks, 0);
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            if (batch.Count == 1)
            {
                await DeliverAsync(batch[0], stoppingToken).ConfigureAwait(false);
                continue;
            }

            await Parallel.ForEachAsync(
                batch,
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = CancellationToken.None },
                (entry, _) => new ValueTask(DeliverAsync(entry, stoppingToken))).ConfigureAwait(false);
        }
    }

    /// <summary>Gives messages back that this dispatcher holds but will not deliver (it is stopping): they are due again.</summary>
    private async Task ReleaseAsync(IEnumerable<InboxEntry> entries)
    {
        var now = _time.GetUtcNow();
        foreach (var entry in entries)
        {
            await SafelyAsync(entry.Message.Id, () => _inbox.RescheduleAsync(entry.Message.Id, _owner, now, null, CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private Task ReleaseHandedOffAsync()
    {
        var left = new List<InboxEntry>();
        while (_handoff.TryTake(out var entry))
        {
            left.Add(entry);
        }

        return left.Count == 0 ? Task.CompletedTask : ReleaseAsync(left);
    }

    /// <summary>Makes the inbox be read no later than <paramref name="dueAt"/>, when a rescheduled message is due again.</summary>
    private void ReadInboxBy(DateTimeOffset dueAt)
    {
        var ticks = dueAt.UtcTicks;
        var current = Interlocked.Read(ref _nextInboxReadTicks);
        while (ticks < current)
        {
            var seen = Interlocked.CompareExchange(ref _nextInboxReadTicks, ticks, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private async Task DeliverAsync(InboxEntry entry, CancellationToken stoppingToken)
    {
        var message = entry.Message;
        var eventType = SafeText.EventType(message.EventType);
        var kind = message.Kind == InboundMessageKind.Notificatie ? "notificatie" : "melding";

        // A span per delivery attempt, so the host's handler work (and the calls it makes, linked to it) is
        // traced. It is a new trace: the inbox does not store the sender's trace ID next to business data.
        using var activity = SdkActivity.StartInteraction($"inbox deliver {kind}", IWlzTraceMode.NewTrace, ActivityKind.Consumer);
        activity.SetTag(TagNames.MessageKind, kind);
        activity.SetTag(TagNames.EventType, EventTypeTag.For(message.EventType));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.HandlerTimeout);
        string? failure = null;
        string? failureType = null;
        var parkNow = false;
        try
        {
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var handled = false;
                foreach (var route in _routes)
                {
                    handled |= await route.RouteAsync(message, scope.ServiceProvider, timeout.Token).ConfigureAwait(false);
                }

                if (!handled)
                {
                    foreach (var handler in scope.ServiceProvider.GetServices<IUnhandledMessageHandler>())
                    {
                        await handler.HandleAsync(message, timeout.Token).ConfigureAwait(false);
                        handled = true;
                    }
                }

                if (!handled)
                {
                    failure = $"No handler is registered for {message.Kind} messages and there is no IUnhandledMessageHandler.";
                    failureType = "NoHandler";
                    parkNow = true;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: give the message back; the next start delivers it again.
            await SafelyAsync(message.Id, () => _inbox.RescheduleAsync(message.Id, _owner, _time.GetUtcNow(), null, CancellationToken.None)).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            failure = $"The handlers did not finish within {_options.HandlerTimeout}.";
            failureType = "Timeout";
        }
        catch (UnprocessableMessageException ex)
        {
            // Retrying cannot help: park it with the reason.
            failure = SafeText.Failure(ex);
            failureType = nameof(UnprocessableMessageException);
            parkNow = true;
        }
#pragma warning disable CA1031 // Any handler failure is recorded and retried; it must not stop the dispatcher.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = SafeText.Failure(ex);
            failureType = ex.GetType().Name;
        }

        if (failure is null)
        {
            await SafelyAsync(message.Id, () => CompleteAsync(message.Id)).ConfigureAwait(false);
            activity.SetTag(TagNames.Status, StatusValues.Success);
            _metrics.InboxHandled(kind, message.EventType);
            InboxDispatcherLog.Delivered(_logger, message.Kind, message.Id, eventType, entry.Attempts);
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error);
        activity.SetTag(TagNames.Status, StatusValues.Error);
        activity.SetTag(TagNames.ErrorType, SafeTag.NameOrOther(failureType));
        if (parkNow || entry.Attempts >= _options.MaxAttempts)
        {
            await SafelyAsync(message.Id, () => _inbox.DeadLetterAsync(message.Id, _owner, failure, CancellationToken.None)).ConfigureAwait(false);
            _metrics.InboxDeadLettered(kind, message.EventType);
            InboxDispatcherLog.DeadLettered(_logger, message.Kind, message.Id, eventType, entry.Attempts, failureType!);
            return;
        }

        _metrics.InboxFailed(kind, message.EventType, failureType!);

        var next = _time.GetUtcNow() + RetryDelay(entry.Attempts);
        await SafelyAsync(message.Id, () => _inbox.RescheduleAsync(message.Id, _owner, next, failure, CancellationToken.None)).ConfigureAwait(false);
        ReadInboxBy(next);
        InboxDispatcherLog.Retrying(_logger, message.Kind, message.Id, eventType, entry.Attempts, _options.MaxAttempts, failureType!, next);
    }

    /// <summary>The wait after failed attempt <paramref name="attempt"/>: doubling from the initial delay, capped, with ±20% jitter.</summary>
    internal TimeSpan RetryDelay(int attempt)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var baseDelay = Math.Min(_options.InitialRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), _options.MaxRetryDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries; it needs no cryptographic randomness.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(baseDelay * jitter, _options.MaxRetryDelay.TotalMilliseconds));
    }

    /// <summary>Queues a completion; messages that finish while the previous completions are written share one write.</summary>
    private Task<bool> CompleteAsync(Guid id)
    {
        var pending = new PendingCompletion(id);
        return _completions.Writer.TryWrite(pending)
            ? pending.Done.Task
            : _inbox.CompleteAsync(id, _owner, CancellationToken.None);
    }

    private async Task RunCompletionsAsync()
    {
        // Yield first: the loop runs beside the deliveries, not inside ExecuteAsync's synchronous start.
        await Task.Yield();
        var batch = new List<PendingCompletion>();
        while (await _completions.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < 1_000 && _completions.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                var lost = await _inbox.CompleteManyAsync(batch.ConvertAll(p => p.Id), _owner, CancellationToken.None).ConfigureAwait(false);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetResult(!lost.Contains(pending.Id));
                }
            }
#pragma warning disable CA1031 // Each delivery logs the failure; the leases run out and the messages are delivered again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task SafelyAsync(Guid id, Func<Task<bool>> update)
    {
        try
        {
            if (!await update().ConfigureAwait(false))
            {
                InboxDispatcherLog.LeaseLost(_logger, id);
            }
        }
#pragma warning disable CA1031 // The lease runs out and the message is delivered again; log and go on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            InboxDispatcherLog.InboxFailed(_logger, ex.GetType().Name, _options.LeaseDuration, ex);
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
        var purged = await _inbox.PurgeCompletedAsync(now - _options.CompletedRetention, cancellationToken).ConfigureAwait(false);
        if (purged > 0)
        {
            InboxDispatcherLog.Purged(_logger, purged);
        }
    }

    private sealed class PendingCompletion(Guid id)
    {
        public Guid Id { get; } = id;

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

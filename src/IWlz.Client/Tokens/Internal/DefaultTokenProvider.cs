using System.Collections.Concurrent;
using IWlz.Client.Diagnostics.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Tokens.Internal;

/// <summary>
/// Caches nID tokens per <see cref="NidTokenRequest.CacheKey"/>, renews them <see cref="TokenOptions.RenewalSkew"/>
/// before expiry, and lets concurrent callers of one key share a single request (single-flight).
/// </summary>
internal sealed class DefaultTokenProvider(
    NidTokenClient client,
    IOptionsMonitor<IWlzClientOptions> options,
    SdkMetrics metrics,
    TimeProvider time,
    ILogger<DefaultTokenProvider> logger) : ITokenProvider
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    public ValueTask<NidAccessToken> GetTokenAsync(NidTokenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var slot = SlotFor(request);

        // The hit path takes no lock and allocates nothing: one read of an immutable entry and a clock check.
        if (slot.Current is { } entry && time.GetUtcNow() < entry.RenewAt)
        {
            metrics.TokenLookup("hit");
            return ValueTask.FromResult(entry.Token);
        }

        TaskCompletionSource<NidAccessToken>? owned = null;
        Task<NidAccessToken> pending;
        lock (slot)
        {
            if (slot.Current is { } cached && time.GetUtcNow() < cached.RenewAt)
            {
                metrics.TokenLookup("hit");
                return ValueTask.FromResult(cached.Token);
            }

            if (slot.Pending is null)
            {
                owned = new TaskCompletionSource<NidAccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                slot.Pending = owned.Task;
            }

            pending = slot.Pending;
        }

        metrics.TokenLookup(owned is null ? "shared" : "miss");

        if (owned is not null)
        {
            // The shared request must not die with the first caller's cancellation; the HTTP pipeline's timeouts bound it.
            _ = FetchAsync(request, slot, owned);

            // If every waiter gave up, nobody observes a failure; mark it observed so it is not reported as unobserved.
            _ = owned.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return new ValueTask<NidAccessToken>(pending.WaitAsync(cancellationToken));
    }

    public void Invalidate(NidTokenRequest request, NidAccessToken token)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_slots.TryGetValue(request.CacheKey, out var slot))
        {
            return;
        }

        lock (slot)
        {
            if (ReferenceEquals(slot.Current?.Token, token))
            {
                slot.Current = null;
                TokenLog.Invalidated(logger, request.Audience);
            }
        }
    }

    private async Task FetchAsync(NidTokenRequest request, Slot slot, TaskCompletionSource<NidAccessToken> completion)
    {
        try
        {
            var token = await client.RequestAsync(request, CancellationToken.None).ConfigureAwait(false);
            var skew = options.CurrentValue.Tokens.RenewalSkew;
            lock (slot)
            {
                slot.Current = new CachedToken(token, token.ExpiresAt - skew);
                slot.Pending = null;
            }

            completion.SetResult(token);
        }
        catch (Exception ex)
        {
            lock (slot)
            {
                slot.Pending = null;
            }

            completion.SetException(ex);
        }
    }

    /// <summary>
    /// The slot of a request's cache key. A request that is used again (the executor keeps one per service and
    /// certificate) remembers its slot, so a hit does not even hash the key.
    /// </summary>
    private Slot SlotFor(NidTokenRequest request)
    {
        if (request.CachedSlot is SlotReference known && ReferenceEquals(known.Provider, this))
        {
            return known.Slot;
        }

        var slot = _slots.GetOrAdd(request.CacheKey, static _ => new Slot());
        request.CachedSlot = new SlotReference(this, slot);
        return slot;
    }

    private sealed class Slot
    {
        internal volatile CachedToken? Current;
        internal Task<NidAccessToken>? Pending;
    }

    private sealed record CachedToken(NidAccessToken Token, DateTimeOffset RenewAt);

    private sealed record SlotReference(DefaultTokenProvider Provider, Slot Slot);
}

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
        var slot = _slots.GetOrAdd(request.CacheKey, static _ => new Slot());
        TaskCompletionSource<NidAccessToken>? owned = null;
        Task<NidAccessToken> pending;
        lock (slot)
        {
            if (slot.Token is { } cached && time.GetUtcNow() < slot.RenewAt)
            {
                metrics.TokenLookup("hit");
                return ValueTask.FromResult(cached);
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
            if (ReferenceEquals(slot.Token, token))
            {
                slot.Token = null;
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
                slot.Token = token;
                slot.RenewAt = token.ExpiresAt - skew;
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

    private sealed class Slot
    {
        internal NidAccessToken? Token;
        internal DateTimeOffset RenewAt;
        internal Task<NidAccessToken>? Pending;
    }
}

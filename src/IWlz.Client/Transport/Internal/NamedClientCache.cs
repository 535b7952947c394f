using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Hands out the factory's <see cref="HttpClient"/> for a client name, keeping the last one for at most
/// <see cref="IWlzClientOptions.HandlerLifetime"/>: a client is a small object of its own (with its own
/// cancellation source) on top of the shared handler chain, and a call needs no new one. Renewing it after the
/// handler lifetime lets the factory's handler rotation (DNS changes, new connections) still take effect; a new
/// certificate has a new name and so gets a new client at once.
/// </summary>
internal sealed class NamedClientCache(IHttpClientFactory factory, IOptionsMonitor<IWlzClientOptions> options, TimeProvider time)
{
    private Entry? _last;

    /// <summary>The client for <paramref name="name"/>: the kept one while it is fresh, otherwise a new one from the factory.</summary>
    internal HttpClient Get(string name)
    {
        var now = time.GetTimestamp();
        var last = Volatile.Read(ref _last);
        if (last is not null && now < last.RenewAt && string.Equals(last.Name, name, StringComparison.Ordinal))
        {
            return last.Client;
        }

        var client = factory.CreateClient(name);
        var lifetime = (long)(options.CurrentValue.HandlerLifetime.TotalSeconds * time.TimestampFrequency);
        Volatile.Write(ref _last, new Entry(name, client, now + lifetime));
        return client;
    }

    private sealed record Entry(string Name, HttpClient Client, long RenewAt);
}

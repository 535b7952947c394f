using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Tests.Transport;

public sealed class NamedClientCacheTests
{
    [Fact]
    public void Same_name_reuses_the_client_until_the_handler_lifetime_is_over()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var time = new FakeTimeProvider();
        var options = new FixedOptions(new IWlzClientOptions { HandlerLifetime = TimeSpan.FromMinutes(2) });
        var cache = new NamedClientCache(services.GetRequiredService<IHttpClientFactory>(), options, time);

        var first = cache.Get("iwlz-pep-A");
        Assert.Same(first, cache.Get("iwlz-pep-A"));

        time.Advance(TimeSpan.FromMinutes(2));
        var renewed = cache.Get("iwlz-pep-A");
        Assert.NotSame(first, renewed);
        Assert.Same(renewed, cache.Get("iwlz-pep-A"));
    }

    [Fact]
    public void Another_name_a_new_certificate_gets_its_own_client_at_once()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var cache = new NamedClientCache(services.GetRequiredService<IHttpClientFactory>(), new FixedOptions(new IWlzClientOptions()), new FakeTimeProvider());

        var old = cache.Get("iwlz-pep-A");
        var renewed = cache.Get("iwlz-pep-B");

        Assert.NotSame(old, renewed);

        // Session 5: one entry per name, so the first certificate's client is kept alongside the second one's.
        Assert.Same(old, cache.Get("iwlz-pep-A"));
    }

    [Fact]
    public void Alternating_names_reuse_each_name_s_client_and_each_is_renewed_after_the_handler_lifetime()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var factory = new CountingFactory(services.GetRequiredService<IHttpClientFactory>());
        var time = new FakeTimeProvider();
        var cache = new NamedClientCache(factory, new FixedOptions(new IWlzClientOptions { HandlerLifetime = TimeSpan.FromMinutes(2) }), time);

        var a = cache.Get("iwlz-pep-A");
        var b = cache.Get("iwlz-pep-B");
        for (var i = 0; i < 5; i++)
        {
            Assert.Same(a, cache.Get("iwlz-pep-A"));
            Assert.Same(b, cache.Get("iwlz-pep-B"));
        }

        Assert.Equal(2, factory.Created);

        time.Advance(TimeSpan.FromMinutes(1));
        var laterC = cache.Get("iwlz-pep-C");
        time.Advance(TimeSpan.FromMinutes(1));

        var renewedA = cache.Get("iwlz-pep-A");
        var renewedB = cache.Get("iwlz-pep-B");
        Assert.NotSame(a, renewedA);
        Assert.NotSame(b, renewedB);
        Assert.Same(laterC, cache.Get("iwlz-pep-C"));
        Assert.Same(renewedA, cache.Get("iwlz-pep-A"));
        Assert.Equal(5, factory.Created);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void The_number_of_names_kept_is_bounded()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var factory = new CountingFactory(services.GetRequiredService<IHttpClientFactory>());
        var time = new FakeTimeProvider();
        var cache = new NamedClientCache(factory, new FixedOptions(new IWlzClientOptions()), time);

        var clients = new Dictionary<string, HttpClient>();
        for (var i = 0; i < NamedClientCache.MaxEntries + 5; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            clients[$"iwlz-pep-{i}"] = cache.Get($"iwlz-pep-{i}");
        }

        Assert.Equal(NamedClientCache.MaxEntries, cache.Count);

        // The newest names are kept; the oldest (renewed soonest) made room and get a new client.
        var newest = $"iwlz-pep-{NamedClientCache.MaxEntries + 4}";
        Assert.Same(clients[newest], cache.Get(newest));
        Assert.NotSame(clients["iwlz-pep-0"], cache.Get("iwlz-pep-0"));
        Assert.Equal(NamedClientCache.MaxEntries, cache.Count);
    }

    private sealed class CountingFactory(IHttpClientFactory inner) : IHttpClientFactory
    {
        public int Created { get; private set; }

        public HttpClient CreateClient(string name)
        {
            Created++;
            return inner.CreateClient(name);
        }
    }

    private sealed class FixedOptions(IWlzClientOptions value) : IOptionsMonitor<IWlzClientOptions>
    {
        public IWlzClientOptions CurrentValue => value;

        public IWlzClientOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<IWlzClientOptions, string?> listener) => null;
    }
}

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
        Assert.NotSame(old, cache.Get("iwlz-pep-A"));
    }

    private sealed class FixedOptions(IWlzClientOptions value) : IOptionsMonitor<IWlzClientOptions>
    {
        public IWlzClientOptions CurrentValue => value;

        public IWlzClientOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<IWlzClientOptions, string?> listener) => null;
    }
}

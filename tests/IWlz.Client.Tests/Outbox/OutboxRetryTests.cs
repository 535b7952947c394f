using System.Net;
using IWlz.Client.Outbox;
using IWlz.Client.Outbox.Internal;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Tests.Outbox;

/// <summary>The backoff, the Retry-After the transport reads, and start-up validation of the options.</summary>
public sealed class OutboxRetryTests
{
    private static readonly OutboxOptions Options = new()
    {
        InitialRetryDelay = TimeSpan.FromSeconds(2),
        MaxRetryDelay = TimeSpan.FromMinutes(1),
        MaxRetryAfter = TimeSpan.FromMinutes(10),
    };

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(5, 32)]
    [InlineData(6, 60)]
    [InlineData(40, 60)]
    public void The_backoff_doubles_per_attempt_within_twenty_percent_jitter_and_is_capped(int attempt, double seconds)
    {
        var low = OutboxRetryDelay.For(attempt, null, Options, random: 0);
        var high = OutboxRetryDelay.For(attempt, null, Options, random: 1);

        Assert.Equal(TimeSpan.FromSeconds(Math.Min(seconds * 0.8, 60)), low);
        Assert.Equal(TimeSpan.FromSeconds(Math.Min(seconds * 1.2, 60)), high);
    }

    [Fact]
    public void Retry_after_is_honoured_when_longer_than_the_backoff_and_capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(90), OutboxRetryDelay.For(1, TimeSpan.FromSeconds(90), Options, 0.5));
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxRetryDelay.For(1, TimeSpan.FromSeconds(1), Options, 0.5));
        Assert.Equal(TimeSpan.FromMinutes(10), OutboxRetryDelay.For(1, TimeSpan.FromHours(5), Options, 0.5));
    }

    [Fact]
    public void The_transport_reads_retry_after_in_seconds_and_as_an_http_date()
    {
        var now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "120");
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.TryAddWithoutValidation("Retry-After", "Sun, 01 Mar 2026 09:05:00 GMT");
        using var serverDate = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        serverDate.Headers.TryAddWithoutValidation("Retry-After", "Sun, 01 Mar 2026 09:05:00 GMT");
        serverDate.Headers.TryAddWithoutValidation("Date", "Sun, 01 Mar 2026 09:04:00 GMT");
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.TryAddWithoutValidation("Retry-After", "Sun, 01 Mar 2026 08:00:00 GMT");
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(120), GraphQLResponseReader.RetryAfter(seconds, now));
        Assert.Equal(TimeSpan.FromMinutes(5), GraphQLResponseReader.RetryAfter(date, now));
        Assert.Equal(TimeSpan.FromMinutes(1), GraphQLResponseReader.RetryAfter(serverDate, now)); // measured from the server's own clock
        Assert.Equal(TimeSpan.Zero, GraphQLResponseReader.RetryAfter(past, now));
        Assert.Null(GraphQLResponseReader.RetryAfter(none, now));
    }

    [Fact]
    public async Task Wrong_options_stop_the_host_at_start_naming_each_setting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddIWlzOutbox(o =>
        {
            o.MaxAttempts = 0;
            o.AttemptTimeout = TimeSpan.FromMinutes(10);
            o.LeaseDuration = TimeSpan.FromMinutes(5);
            o.MaxConcurrency = 1000;
        }).UseInMemory();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OutboxOptions.MaxAttempts must be between 1 and 100 (was 0)", error.Message, StringComparison.Ordinal);
        Assert.Contains("OutboxOptions.AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.Contains("OutboxOptions.MaxConcurrency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new OutboxOptionsValidator().Validate(null, new OutboxOptions()).Succeeded);
    }

    [Fact]
    public async Task Without_the_client_registration_the_host_fails_with_a_clear_error()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddIWlzOutbox().UseInMemory();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("call services.AddIWlzClient(...) as well as AddIWlzOutbox()", error.Message, StringComparison.Ordinal);
    }
}

using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Outbox;
using IWlz.Client.Outbox.Internal;
using IWlz.Client.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the durable outbox for notifications and meldingen, and its background sender.</summary>
public static class IWlzOutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOutbox"/>, its store (SQLite by default, in the same file as the inbox) and the hosted
    /// background sender. The sender sends through <c>INotificatieSender</c>/<c>IMeldingSender</c>, so
    /// <c>AddIWlzClient</c> is needed too. Options are validated when the host starts. Calling it again returns
    /// a builder over the same registrations.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the sender's options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>A builder to choose the store.</returns>
    public static OutboxBuilder AddIWlzOutbox(this IServiceCollection services, Action<OutboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OutboxOptions>().ValidateOnStart();
        services.AddOptions<SqliteStorageOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStorageOptions>, SqliteStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddMetrics();
        services.TryAddSingleton<SdkMetrics>();
        services.TryAddSingleton<OutboxTelemetry>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxCompletions>();
        services.TryAddSingleton(OutboxBuilder.CreateDatabase);
        services.TryAddSingleton<IOutboxStore>(OutboxBuilder.CreateSqliteStore);
        services.TryAddSingleton<IOutbox, DefaultOutbox>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxDeliveryService>());
        return new OutboxBuilder(services);
    }
}

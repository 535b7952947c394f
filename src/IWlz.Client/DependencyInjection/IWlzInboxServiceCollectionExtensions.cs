using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.Inbox;
using IWlz.Client.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the durable inbox and its background dispatcher, for any .NET host.</summary>
public static class IWlzInboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the inbox (SQLite by default), the hosted dispatcher and the built-in handler routes. Options are
    /// validated when the host starts. Calling it again returns a builder over the same registrations.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configureDispatcher">Changes the dispatcher options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>A builder to choose the store and add handlers.</returns>
    public static NotificationInboxBuilder AddIWlzInbox(this IServiceCollection services, Action<InboxDispatcherOptions>? configureDispatcher = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InboxDispatcherOptions>().ValidateOnStart();
        services.AddOptions<SqliteStorageOptions>().ValidateOnStart();
        if (configureDispatcher is not null)
        {
            services.Configure(configureDispatcher);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InboxDispatcherOptions>, InboxDispatcherOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStorageOptions>, SqliteStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InboxSignal>();
        services.TryAddSingleton<IWlz.Client.Inbox.Internal.InboxHandoff>();
        services.AddMetrics();
        services.TryAddSingleton<SdkMetrics>();
        services.TryAddSingleton(NotificationInboxBuilder.CreateDatabase);
        services.TryAddSingleton<INotificationInbox>(NotificationInboxBuilder.CreateSqliteInbox);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInboundMessageRoute, NotificatieMessageHandlerRoute>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInboundMessageRoute, MeldingHandlerRoute>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboxDispatcher>());
        return new NotificationInboxBuilder(services);
    }
}

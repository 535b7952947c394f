using IWlz.Client.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Inbox;

/// <summary>
/// Configures the inbox: which store holds received messages, and which handlers receive them.
/// Returned by <c>AddIWlzInbox</c> and <c>AddIWlzNetwerkpunt</c>.
/// </summary>
public sealed class NotificationInboxBuilder
{
    internal NotificationInboxBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection, for registrations of your own.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Stores messages in an embedded SQLite file (the default store).</summary>
    /// <param name="configure">Sets the file path and flush mode; <see langword="null"/> keeps the defaults.</param>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder UseSqlite(Action<SqliteStorageOptions>? configure = null)
    {
        if (configure is not null)
        {
            Services.Configure(configure);
        }

        Services.Replace(ServiceDescriptor.Singleton<INotificationInbox>(CreateSqliteInbox));
        return this;
    }

    /// <summary>Stores messages in memory. For tests only: nothing survives a restart.</summary>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder UseInMemory()
    {
        Services.Replace(ServiceDescriptor.Singleton<INotificationInbox>(sp =>
            new InMemoryNotificationInbox(sp.GetRequiredService<TimeProvider>()) { Signal = sp.GetRequiredService<InboxSignal>() }));
        return this;
    }

    /// <summary>Stores messages in a store of your own (for example a server database).</summary>
    /// <typeparam name="TInbox">The store; registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder UseInbox<TInbox>()
        where TInbox : class, INotificationInbox
    {
        Services.Replace(ServiceDescriptor.Singleton<INotificationInbox, TInbox>());
        return this;
    }

    /// <summary>Adds a handler that receives every notification as a stored message.</summary>
    /// <typeparam name="THandler">The handler; resolved in a new scope per delivery.</typeparam>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder AddNotificatieHandler<THandler>()
        where THandler : class, INotificatieMessageHandler
    {
        Services.TryAddEnumerable(ServiceDescriptor.Scoped<INotificatieMessageHandler, THandler>());
        return this;
    }

    /// <summary>
    /// Adds a typed notification handler (scoped; resolved per message). The notification is read into its
    /// <see cref="Notifications.NotificationEvent"/> subclass and handed to the handlers of exactly that class;
    /// use <see cref="Notifications.UnknownNotificationEvent"/> for event types the SDK does not know. Once any
    /// typed handler is registered, a notification with malformed subject IDs is dead-lettered at once, with the
    /// reason, instead of being retried. Notifications no typed or other handler takes go to the catch-all.
    /// </summary>
    /// <typeparam name="TEvent">The event class handled.</typeparam>
    /// <typeparam name="THandler">The handler implementation.</typeparam>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder AddNotificationHandler<TEvent, THandler>()
        where TEvent : Notifications.NotificationEvent
        where THandler : class, INotificationHandler<TEvent>
    {
        Services.TryAddEnumerable(ServiceDescriptor.Scoped<INotificationHandler<TEvent>, THandler>());
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IInboundMessageRoute, Internal.TypedNotificationRoute>());
        return this;
    }

    /// <summary>Adds a handler that receives every melding, parsed.</summary>
    /// <typeparam name="THandler">The handler; resolved in a new scope per delivery.</typeparam>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder AddMeldingHandler<THandler>()
        where THandler : class, IMeldingHandler
    {
        Services.TryAddEnumerable(ServiceDescriptor.Scoped<IMeldingHandler, THandler>());
        return this;
    }

    /// <summary>Adds a catch-all for messages that no other handler took.</summary>
    /// <typeparam name="THandler">The handler; resolved in a new scope per delivery.</typeparam>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder AddUnhandledMessageHandler<THandler>()
        where THandler : class, IUnhandledMessageHandler
    {
        Services.TryAddEnumerable(ServiceDescriptor.Scoped<IUnhandledMessageHandler, THandler>());
        return this;
    }

    /// <summary>Adds a kind of handler: a route the dispatcher offers every message to.</summary>
    /// <typeparam name="TRoute">The route; registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder AddRoute<TRoute>()
        where TRoute : class, IInboundMessageRoute
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IInboundMessageRoute, TRoute>());
        return this;
    }

    /// <summary>Changes the dispatcher's retry, timeout and concurrency settings.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public NotificationInboxBuilder ConfigureDispatcher(Action<InboxDispatcherOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    internal static INotificationInbox CreateSqliteInbox(IServiceProvider services) =>
        new SqliteNotificationInbox(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<TimeProvider>(), ownsDatabase: false)
        {
            Signal = services.GetRequiredService<InboxSignal>(),
            Handoff = services.GetRequiredService<Internal.InboxHandoff>(),
            Logger = services.GetService<ILoggerFactory>()?.CreateLogger<SqliteNotificationInbox>() ?? (ILogger)NullLogger.Instance,
        };

    internal static SqliteDatabase CreateDatabase(IServiceProvider services) =>
        new(services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value);
}

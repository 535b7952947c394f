using IWlz.Client.Outbox.Internal;
using IWlz.Client.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Outbox;

/// <summary>Configures the outbox: which store holds outgoing messages, and the sender's retry settings. Returned by <c>AddIWlzOutbox</c>.</summary>
public sealed class OutboxBuilder
{
    internal OutboxBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection, for registrations of your own.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Stores messages in the embedded SQLite file (the default store). The file is shared with the inbox when
    /// both are registered: <paramref name="configure"/> sets <see cref="SqliteStorageOptions"/> for both.
    /// </summary>
    /// <param name="configure">Sets the file path and flush mode; <see langword="null"/> keeps the defaults.</param>
    /// <returns>This builder.</returns>
    public OutboxBuilder UseSqlite(Action<SqliteStorageOptions>? configure = null)
    {
        if (configure is not null)
        {
            Services.Configure(configure);
        }

        Services.Replace(ServiceDescriptor.Singleton<IOutboxStore>(CreateSqliteStore));
        return this;
    }

    /// <summary>Stores messages in memory. For tests only: pending messages do not survive a restart.</summary>
    /// <returns>This builder.</returns>
    public OutboxBuilder UseInMemory()
    {
        Services.Replace(ServiceDescriptor.Singleton<IOutboxStore>(sp => new InMemoryOutboxStore(sp.GetRequiredService<TimeProvider>())));
        return this;
    }

    /// <summary>Stores messages in a store of your own (for example a server database).</summary>
    /// <typeparam name="TStore">The store; registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public OutboxBuilder UseStore<TStore>()
        where TStore : class, IOutboxStore
    {
        Services.Replace(ServiceDescriptor.Singleton<IOutboxStore, TStore>());
        return this;
    }

    /// <summary>Changes the sender's retry, timeout and concurrency settings.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public OutboxBuilder Configure(Action<OutboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    internal static IOutboxStore CreateSqliteStore(IServiceProvider services) =>
        new SqliteOutboxStore(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<TimeProvider>(), ownsDatabase: false);

    internal static SqliteDatabase CreateDatabase(IServiceProvider services) =>
        new(services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value);
}

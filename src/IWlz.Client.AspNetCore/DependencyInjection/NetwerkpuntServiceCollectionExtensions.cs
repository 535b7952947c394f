using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.AspNetCore.Netwerkpunt.Internal;
using IWlz.Client.Inbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the netwerkpunt endpoint services.</summary>
public static class NetwerkpuntServiceCollectionExtensions
{
    /// <summary>
    /// Adds the netwerkpunt: the endpoint services, the durable inbox (SQLite by default) and the background
    /// dispatcher. Map the endpoint with <c>app.MapIWlzNetwerkpunt("/path")</c>. Options are validated on start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the endpoint options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The inbox builder, to choose the store and add handlers.</returns>
    public static NotificationInboxBuilder AddIWlzNetwerkpunt(this IServiceCollection services, Action<NetwerkpuntOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NetwerkpuntOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NetwerkpuntOptions>, NetwerkpuntOptionsValidator>());
        services.TryAddSingleton<NetwerkpuntRequestHandler>();
        services.AddMetrics();
        services.TryAddSingleton<NetwerkpuntMetrics>();
        services.AddIWlzAuditing();
        return services.AddIWlzInbox();
    }
}

using IWlz.Client;
using IWlz.Client.AddressBook;
using IWlz.Client.AddressBook.Internal;
using IWlz.Client.Certificates;
using IWlz.Client.Certificates.Internal;
using IWlz.Client.Configuration.Internal;
using IWlz.Client.DependencyInjection.Internal;
using IWlz.Client.Diagnostics.Internal;
using IWlz.Client.GraphQL;
using IWlz.Client.Tokens;
using IWlz.Client.Tokens.Internal;
using IWlz.Client.Transport.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the IWlz.Client SDK.</summary>
public static partial class IWlzClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SDK with options bound from a configuration section (usually <c>IWlz</c>). The options are
    /// validated when the host starts; an error names the configuration key to fix.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section, for example <c>configuration.GetSection("IWlz")</c>.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IWlzClientBuilder AddIWlzClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var keyPrefix = configuration is IConfigurationSection section ? section.Path : IWlzClientOptions.DefaultSectionName;
        services.AddOptions<IWlzClientOptions>().Bind(configuration);
        return AddCore(services, keyPrefix);
    }

    /// <summary>Registers the SDK with options set in code. The options are validated when the host starts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IWlzClientBuilder AddIWlzClient(this IServiceCollection services, Action<IWlzClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<IWlzClientOptions>().Configure(configure);
        return AddCore(services, IWlzClientOptions.DefaultSectionName);
    }

    /// <summary>
    /// Registers <see cref="FactoryLoggingFilter"/> once, in front of every other handler builder filter: the factory
    /// applies the first registered filter outermost, and only an outer filter sees the logging handlers the
    /// factory's own filter adds.
    /// </summary>
    private static void AddFactoryLoggingFilter(IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IHttpMessageHandlerBuilderFilter) && d.ImplementationType == typeof(FactoryLoggingFilter)))
        {
            services.Insert(0, ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, FactoryLoggingFilter>());
        }
    }

    private static DefaultIWlzClientBuilder AddCore(IServiceCollection services, string keyPrefix)
    {
        services.AddOptions<IWlzClientOptions>().ValidateOnStart();
        services.TryAddSingleton(new OptionsKeyPrefix(keyPrefix));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IWlzClientOptions>, IWlzClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddMetrics();
        services.AddHttpClient();
        AddFactoryLoggingFilter(services);
        services.AddIWlzAuditing();
        services.TryAddSingleton<SdkMetrics>();
        services.TryAddSingleton<IWlz.Client.Outbox.Internal.OutboxTelemetry>();

        services.TryAddSingleton<ClientCertificateRegistry>();
        services.TryAddSingleton<PrimaryHandlerFactory>();
        services.TryAddSingleton<CircuitBreakers>();
        services.TryAddSingleton<CancellationSourcePool>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HttpClientFactoryOptions>, HttpClientConfigurator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<HttpClientFactoryOptions>, HeaderRedaction>());

        services.TryAddSingleton<ICertificateProvider, DefaultCertificateProvider>();
        services.TryAddSingleton<AddressBookSource>();
        services.TryAddSingleton<IServiceDirectory, DefaultServiceDirectory>();
        services.TryAddSingleton<NidTokenClient>();
        services.TryAddSingleton<ITokenProvider, DefaultTokenProvider>();
        services.TryAddSingleton<ServiceRouter>();
        services.TryAddSingleton<IGraphQLExecutor, PepGraphQLExecutor>();

        var builder = new DefaultIWlzClientBuilder(services);
        AddGeneratedClients(builder);
        return builder;
    }

    /// <summary>
    /// Registers the register clients (typed and generated) and puts the template rules in front of
    /// <see cref="IGraphQLExecutor"/>; implemented in IWlzClientServiceCollectionExtensions.Registers.cs.
    /// </summary>
    static partial void AddGeneratedClients(IWlzClientBuilder builder);
}

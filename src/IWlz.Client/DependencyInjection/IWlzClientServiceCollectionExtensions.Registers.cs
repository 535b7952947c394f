using IWlz.Client;
using IWlz.Client.AddressBook;
using IWlz.Client.Audit;
using IWlz.Client.GraphQL;
using IWlz.Client.Identity.Internal;
using IWlz.Client.Registers.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using BR = IWlz.Client.Bemiddelingsregister;
using IR = IWlz.Client.Indicatieregister;
using NP = IWlz.Client.Netwerkpunt;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the register clients and the template rules in front of the transport.</summary>
public static partial class IWlzClientServiceCollectionExtensions
{
    static partial void AddGeneratedClients(IWlzClientBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IWlzPartyIdentity, ConfiguredPartyIdentity>();
        GuardExecutor(services);

        services.TryAddSingleton<IR.IIndicatieregisterClient>(sp => new IR.IndicatieregisterClient(
            sp.GetRequiredService<IGraphQLExecutor>(), sp.GetRequiredService<IWlzPartyIdentity>(), sp.GetService<IServiceDirectory>()));
        services.TryAddSingleton<BR.IBemiddelingsregisterClient>(sp => new BR.BemiddelingsregisterClient(
            sp.GetRequiredService<IGraphQLExecutor>(), sp.GetRequiredService<IWlzPartyIdentity>(), sp.GetService<IServiceDirectory>()));

        services.TryAddSingleton<IWlz.Client.Notifications.INotificationFollowUp>(sp =>
            new IWlz.Client.Notifications.DefaultNotificationFollowUp(sp.GetRequiredService<BR.IBemiddelingsregisterClient>()));

        services.TryAddSingleton<IWlz.Client.Sending.INotificatieSender>(sp => new IWlz.Client.Sending.NotificatieSender(
            sp.GetRequiredService<NP.INetwerkpuntClient>(), sp.GetRequiredService<IServiceDirectory>(), sp.GetRequiredService<IWlzPartyIdentity>()));
        services.TryAddSingleton<IWlz.Client.Sending.IMeldingSender>(sp => new IWlz.Client.Sending.MeldingSender(
            sp.GetRequiredService<NP.INetwerkpuntClient>(), sp.GetRequiredService<IServiceDirectory>(), sp.GetRequiredService<IWlzPartyIdentity>()));

        // The generated low-level clients, for vendors that build their own variables: the same guarded executor.
        services.TryAddSingleton<IR.IIndicatieregisterGraphQLClient>(sp => new IR.IndicatieregisterGraphQLClient(sp.GetRequiredService<IGraphQLExecutor>()));
        services.TryAddSingleton<BR.IBemiddelingsregisterGraphQLClient>(sp => new BR.BemiddelingsregisterGraphQLClient(sp.GetRequiredService<IGraphQLExecutor>()));
        services.TryAddSingleton<NP.INetwerkpuntClient>(sp => new NP.NetwerkpuntClient(sp.GetRequiredService<IGraphQLExecutor>()));
    }

    /// <summary>
    /// Puts the template rules in front of the registered executor, whatever it is (the PEP transport, or an
    /// executor registered before AddIWlzClient), so that every request to a register or netwerkpunt is
    /// checked before it is sent: typed clients, generated clients and hand-built operations alike.
    /// </summary>
    private static void GuardExecutor(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(TemplateGuardRegistration)))
        {
            return;
        }

        var inner = services.Last(d => d.ServiceType == typeof(IGraphQLExecutor));
        services.Remove(inner);
        services.AddSingleton<TemplateGuardRegistration>();
        services.Add(ServiceDescriptor.Describe(
            typeof(IGraphQLExecutor),
            sp => new TemplateGuardExecutor(
                Create(sp, inner),
                new TemplateGuard(sp.GetRequiredService<IWlzPartyIdentity>(), leveringsregisterEnabled: sp.GetService<LeveringsregisterSwitch>() is not null),
                sp.GetService<IAuditTrail>(),
                sp.GetService<TimeProvider>()),
            inner.Lifetime));
    }

    private static IGraphQLExecutor Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IGraphQLExecutor)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}

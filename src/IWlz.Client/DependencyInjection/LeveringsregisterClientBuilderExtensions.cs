using System.Diagnostics.CodeAnalysis;
using IWlz.Client;
using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using LR = IWlz.Client.Leveringsregister;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Switches on the experimental Leveringsregister.</summary>
public static class LeveringsregisterClientBuilderExtensions
{
    /// <summary>
    /// Switches on the Leveringsregister (LR-1 release candidate 1) and registers
    /// <see cref="LR.ILeveringsregisterClient"/>. Until this is called, the SDK refuses every request to the
    /// Leveringsregister (<see cref="TemplateViolation.ExperimentalRegisterNotEnabled"/>): its schema and
    /// templates are still being specified and may change without notice.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddIWlzClient</c>.</param>
    /// <returns>The builder.</returns>
    [Experimental(ExperimentalDiagnostics.Leveringsregister, UrlFormat = ExperimentalDiagnostics.UrlFormat)]
    public static IWlzClientBuilder AddLeveringsregisterClient(this IWlzClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton<LeveringsregisterSwitch>();
        services.TryAddSingleton<LR.ILeveringsregisterClient>(sp => new LR.LeveringsregisterClient(
            sp.GetRequiredService<IGraphQLExecutor>(), sp.GetRequiredService<IWlzPartyIdentity>(), sp.GetService<IServiceDirectory>()));
        services.TryAddSingleton<LR.ILeveringsregisterGraphQLClient>(sp => new LR.LeveringsregisterGraphQLClient(sp.GetRequiredService<IGraphQLExecutor>()));
        return builder;
    }
}

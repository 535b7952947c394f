using IWlz.Client.AspNetCore.Netwerkpunt.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the netwerkpunt endpoint.</summary>
public static class NetwerkpuntEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the netwerkpunt at <paramref name="pattern"/>: POST only, GraphQL over HTTP, the mutations
    /// <c>zendNotificatie</c> and <c>zendMelding</c> of the netwerkpunt schema. Requires <c>AddIWlzNetwerkpunt</c>.
    /// </summary>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route, such as <c>/netwerkpunt</c>.</param>
    /// <returns>The endpoint convention builder, for authorization policies or rate limits of your own.</returns>
    public static IEndpointConventionBuilder MapIWlzNetwerkpunt(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var services = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (services is not null && !services.IsService(typeof(NetwerkpuntRequestHandler)))
        {
            throw new InvalidOperationException("The netwerkpunt services are missing: call builder.Services.AddIWlzNetwerkpunt(...) before MapIWlzNetwerkpunt.");
        }

        // Parse the embedded schema now, at start-up, rather than on the first request.
        _ = SchemaModel.Netwerkpunt;

        // The handler is resolved on the first request, after the options were validated at start.
        return endpoints.MapPost(pattern, context => context.RequestServices.GetRequiredService<NetwerkpuntRequestHandler>().HandleAsync(context))
            .WithDisplayName("iWlz netwerkpunt")
            .DisableAntiforgery();
    }
}

using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Transport.Internal;

/// <summary>
/// Decides where a call goes: the PEP URL that receives the POST, the token endpoint, the resource URL
/// that becomes the token audience, and the scopes. Per-call options win over configuration, configuration
/// wins over the address book's defaults.
/// </summary>
internal sealed class ServiceRouter(IOptionsMonitor<IWlzClientOptions> options, IServiceDirectory directory)
{
    internal (ServiceEndpoint Endpoint, IReadOnlyList<string> Scopes) Resolve(string clientName, GraphQLOperationKind kind, GraphQLRequestOptions? call)
    {
        var current = options.CurrentValue;
        current.Services.TryGetValue(clientName, out var service);
        ServiceEndpoint endpoint;
        try
        {
            endpoint = ResolveEndpoint(clientName, service, call);
        }
        catch (AddressBookException ex)
        {
            throw new IWlzException(IWlzErrorKind.Configuration, IWlzErrorSource.Client, "The address book (IWlz:AddressBook:Path) cannot be used; see the inner exception for each problem.", ex);
        }

        return (endpoint, ResolveScopes(clientName, kind, service, call));
    }

    private ServiceEndpoint ResolveEndpoint(string clientName, ServiceOptions? service, GraphQLRequestOptions? call)
    {
        if (call?.ResourceUri is { } perCall)
        {
            return directory.ForResource(perCall);
        }

        if (service?.ResourceUri is { } configured)
        {
            return directory.ForResource(configured);
        }

        if (service?.GegevensdienstId is { } id)
        {
            return directory.FindByGegevensdienstId(id, null)
                ?? throw Config($"IWlz:Services:{clientName}:GegevensdienstId '{id}' is not in the address book (IWlz:AddressBook:Path), or its entry has no REGISTER role.");
        }

        if (string.Equals(clientName, IWlzServiceNames.Indicatieregister, StringComparison.OrdinalIgnoreCase)
            && directory.FindByOrganisation("CIZ", "REGISTER") is { } ciz)
        {
            return ciz;
        }

        throw Config($"No resource URL is known for {clientName}. Set IWlz:Services:{clientName}:ResourceUri or IWlz:Services:{clientName}:GegevensdienstId, or pass GraphQLRequestOptions.ResourceUri.");
    }

    private static IReadOnlyList<string> ResolveScopes(string clientName, GraphQLOperationKind kind, ServiceOptions? service, GraphQLRequestOptions? call)
    {
        if (call?.Scopes is { Count: > 0 } perCall)
        {
            return perCall;
        }

        if (service is { Scopes.Count: > 0 })
        {
            return [.. service.Scopes];
        }

        // The default scope lists are shared (read-only), and the name is compared without an upper-cased copy.
        var query = kind == GraphQLOperationKind.Query;
        var scope =
            Is(clientName, IWlzServiceNames.Indicatieregister) && query ? DefaultScopes.IndicatieregisterRead
            : Is(clientName, IWlzServiceNames.Bemiddelingsregister) ? (query ? DefaultScopes.BemiddelingsregisterRead : DefaultScopes.BemiddelingsregisterCreate)
            : Is(clientName, IWlzServiceNames.Leveringsregister) && query ? DefaultScopes.LeveringsregisterRead
            : null;
        return scope is not null
            ? scope
            : throw Config($"No scope is known for a {kind.ToString().ToLowerInvariant()} on {clientName}. Pass GraphQLRequestOptions.Scopes (for the netwerkpunt: IWlzScopes.NotificatieCreate or IWlzScopes.MeldingCreate for the recipient's role) or set IWlz:Services:{clientName}:Scopes.");
    }

    private static bool Is(string clientName, string serviceName) => string.Equals(clientName, serviceName, StringComparison.OrdinalIgnoreCase);

    private static IWlzException Config(string message) => new(IWlzErrorKind.Configuration, IWlzErrorSource.Client, message);

    private static class DefaultScopes
    {
        internal static readonly IReadOnlyList<string> IndicatieregisterRead = Array.AsReadOnly([IWlzScopes.IndicatieregisterRead]);
        internal static readonly IReadOnlyList<string> BemiddelingsregisterRead = Array.AsReadOnly([IWlzScopes.BemiddelingsregisterRead]);
        internal static readonly IReadOnlyList<string> BemiddelingsregisterCreate = Array.AsReadOnly([IWlzScopes.BemiddelingsregisterCreate]);
        internal static readonly IReadOnlyList<string> LeveringsregisterRead = Array.AsReadOnly([IWlzScopes.LeveringsregisterRead]);
    }
}

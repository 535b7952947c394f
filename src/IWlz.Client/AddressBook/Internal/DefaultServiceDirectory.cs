using Microsoft.Extensions.Options;

namespace IWlz.Client.AddressBook.Internal;

/// <summary>Resolves services from the configured address book, endpoint overrides and built-in defaults.</summary>
internal sealed class DefaultServiceDirectory : IServiceDirectory
{
    private const string RegisterRole = "REGISTER";
    private readonly IOptionsMonitor<IWlzClientOptions> _options;
    private readonly Lazy<AddressBookDocument?> _addressBook;

    public DefaultServiceDirectory(IOptionsMonitor<IWlzClientOptions> options, AddressBookSource source)
    {
        _options = options;
        _addressBook = new Lazy<AddressBookDocument?>(() => source.Load(options.CurrentValue.AddressBook));
    }

    public IWlzEnvironment Environment => _options.CurrentValue.Environment;

    public AddressBookDocument? AddressBook => _addressBook.Value;

    public ServiceEndpoint? FindByGegevensdienstId(string gegevensdienstId, string? systeemrolcode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gegevensdienstId);
        var wanted = GegevensdienstIdParts.Normalize(gegevensdienstId);
        var entry = AddressBook?.Entries.FirstOrDefault(e => e.GegevensdienstId is { } id && GegevensdienstIdParts.Normalize(id) == wanted);
        if (entry is null)
        {
            return null;
        }

        AddressBookSystemRole? role;
        if (systeemrolcode is not null)
        {
            role = FindRole(entry, systeemrolcode);
        }
        else
        {
            role = FindRole(entry, RegisterRole) ?? (entry.SystemRoles.Count == 1 ? entry.SystemRoles[0] : null);
        }

        return role is null ? null : ToEndpoint(entry, role);
    }

    public ServiceEndpoint? FindByOrganisation(string organisatieId, string systeemrolcode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisatieId);
        ArgumentException.ThrowIfNullOrWhiteSpace(systeemrolcode);
        var organisation = GegevensdienstIdParts.Normalize(organisatieId);
        var environment = GegevensdienstIdParts.ToEnvironmentCode(Environment);
        foreach (var entry in AddressBook?.Entries ?? [])
        {
            if (entry.OrganisatieId != organisation || entry.EnvironmentCode != environment)
            {
                continue;
            }

            if (FindRole(entry, systeemrolcode) is { } role)
            {
                return ToEndpoint(entry, role);
            }
        }

        return null;
    }

    public ServiceEndpoint ForResource(Uri resourceUri)
    {
        ArgumentNullException.ThrowIfNull(resourceUri);
        foreach (var entry in AddressBook?.Entries ?? [])
        {
            foreach (var role in entry.SystemRoles)
            {
                if (SameUri(role.ResourceEndpoint, resourceUri))
                {
                    return ToEndpoint(entry, role);
                }
            }
        }

        var options = _options.CurrentValue;
        return new ServiceEndpoint(
            options.Endpoints.PepEndpoint ?? IWlzWellKnownEndpoints.PepEndpoint(options.Environment),
            options.Endpoints.TokenEndpoint ?? IWlzWellKnownEndpoints.TokenEndpoint(options.Environment),
            resourceUri);
    }

    private ServiceEndpoint ToEndpoint(AddressBookEntry entry, AddressBookSystemRole role)
    {
        // Explicit endpoint overrides win over the address book, so a test setup can redirect everything.
        var endpoints = _options.CurrentValue.Endpoints;
        return new ServiceEndpoint(endpoints.PepEndpoint ?? entry.PepEndpoint, endpoints.TokenEndpoint ?? entry.TokenEndpoint, role.ResourceEndpoint)
        {
            GegevensdienstId = entry.GegevensdienstId,
            Systeemrolcode = role.Systeemrolcode,
        };
    }

    private static AddressBookSystemRole? FindRole(AddressBookEntry entry, string systeemrolcode)
    {
        var wanted = GegevensdienstIdParts.Normalize(systeemrolcode);
        return entry.SystemRoles.FirstOrDefault(r => GegevensdienstIdParts.Normalize(r.Systeemrolcode) == wanted);
    }

    private static bool SameUri(Uri a, Uri b) =>
        string.Equals(a.GetLeftPart(UriPartial.Path).TrimEnd('/'), b.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}

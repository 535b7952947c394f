using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using IWlz.Client.Testing.Parties;

namespace IWlz.Client.Testing.Internal.Hosting;

/// <summary>
/// What an SDK client needs to meet the simulator as it meets the real network: the test environment, the
/// party it acts as, the simulator's nID and PEP, and the address book file the simulator wrote. The
/// certificate and the trusted root are not settings: they go through the client builder.
/// </summary>
internal sealed record ClientSettings(IWlzPartyRole Role, string Code, Uri TokenEndpoint, Uri PepEndpoint, string AddressBookPath)
{
    public static ClientSettings For(SimulatedParty party, SimulatorContext context, string addressBookPath) => new(
        party.Role switch
        {
            PartyRole.Zorgaanbieder => IWlzPartyRole.Zorgaanbieder,
            PartyRole.Zorgkantoor => IWlzPartyRole.Zorgkantoor,
            _ => IWlzPartyRole.Indicatieorgaan,
        },
        party.Code,
        context.TokenEndpoint,
        context.PepEndpoint,
        addressBookPath);

    public void ApplyTo(IWlzClientOptions options)
    {
        options.Environment = IWlzEnvironment.Test;
        options.Party.Role = Role;
        options.Party.Code = Code;
        options.Endpoints.TokenEndpoint = TokenEndpoint;
        options.Endpoints.PepEndpoint = PepEndpoint;
        options.AddressBook.Path = AddressBookPath;
        options.Certificate.Environment = IWlzEnvironment.Test;

        // The test CA publishes no revocation lists; online checking would fail every handshake.
        options.ServerTrust.RevocationMode = X509RevocationMode.NoCheck;
    }

    public IReadOnlyDictionary<string, string?> ToConfiguration(string sectionName)
    {
        var prefix = string.IsNullOrEmpty(sectionName) ? string.Empty : sectionName + ":";
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [prefix + "Environment"] = nameof(IWlzEnvironment.Test),
            [prefix + "Party:Role"] = Role.ToString(),
            [prefix + "Party:Code"] = Code,
            [prefix + "Endpoints:TokenEndpoint"] = TokenEndpoint.AbsoluteUri,
            [prefix + "Endpoints:PepEndpoint"] = PepEndpoint.AbsoluteUri,
            [prefix + "AddressBook:Path"] = AddressBookPath,
            [prefix + "Certificate:Environment"] = nameof(IWlzEnvironment.Test),
            [prefix + "ServerTrust:RevocationMode"] = X509RevocationMode.NoCheck.ToString(),
        };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Role} {Code} via {PepEndpoint}");
}

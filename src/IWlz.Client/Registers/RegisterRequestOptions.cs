using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Registers;

/// <summary>
/// Per-call options of the typed register clients: which party's register to query. Every member is
/// optional; without them the call goes to the register configured for the client (<c>IWlz:Services</c>).
/// The Bemiddelingsregister is held by each zorgkantoor and the Leveringsregister by each zorgaanbieder,
/// so a call to another party's register names it here. Set <see cref="Bronhouder"/> or
/// <see cref="ResourceUri"/>, not both.
/// </summary>
public sealed class RegisterRequestOptions
{
    /// <summary>
    /// The party whose register to query, looked up as its <c>REGISTER</c> service in the address book:
    /// the zorgkantoor's 4-digit UZOVI code for the Bemiddelingsregister, the zorgaanbieder's 8-digit AGB code
    /// for the Leveringsregister, <c>CIZ</c> for the Indicatieregister. Default <see langword="null"/>.
    /// </summary>
    public string? Bronhouder { get; init; }

    /// <summary>The resource URL of the register to query (the token audience). Default <see langword="null"/>.</summary>
    public Uri? ResourceUri { get; init; }

    /// <summary>
    /// The host's part of the NEN 7513 audit records of this call: the responsible user and the consent fields.
    /// See <see cref="GraphQLRequestOptions.Audit"/>. Default <see langword="null"/>: the ambient
    /// <see cref="IWlz.Client.Audit.AuditContext"/> only.
    /// </summary>
    public IWlz.Client.Audit.AuditContext? Audit { get; init; }

    internal GraphQLRequestOptions? ToGraphQL(IWlzRegister register, IServiceDirectory? directory)
    {
        if (Bronhouder is null)
        {
            return ResourceUri is null && Audit is null ? null : new GraphQLRequestOptions { ResourceUri = ResourceUri, Audit = Audit };
        }

        if (ResourceUri is not null)
        {
            throw new ArgumentException("RegisterRequestOptions has both Bronhouder and ResourceUri; set one.");
        }

        var (digits, kind) = register switch
        {
            IWlzRegister.Bemiddelingsregister => (4, "a zorgkantoor's UZOVI code (4 digits)"),
            IWlzRegister.Leveringsregister => (8, "a zorgaanbieder's AGB code (8 digits)"),
            _ => (0, "CIZ"),
        };
        var valid = digits == 0
            ? string.Equals(Bronhouder, "CIZ", StringComparison.OrdinalIgnoreCase)
            : Bronhouder.Length == digits && Bronhouder.All(char.IsAsciiDigit);
        if (!valid)
        {
            throw new ArgumentException($"RegisterRequestOptions.Bronhouder of the {register} must be {kind}.");
        }

        if (directory is null)
        {
            throw new IWlzException(IWlzErrorKind.Configuration, IWlzErrorSource.Client,
                "RegisterRequestOptions.Bronhouder is looked up in the address book, and this client has none. Use the client that AddIWlzClient registers, pass an IServiceDirectory to its constructor, or set ResourceUri.");
        }

        var endpoint = directory.FindByOrganisation(Bronhouder, "REGISTER")
            ?? throw new IWlzException(IWlzErrorKind.Configuration, IWlzErrorSource.Client,
                $"The address book has no REGISTER service of organisation {Bronhouder} in the {directory.Environment} environment. Add it to the address book (IWlz:AddressBook:Path) or set RegisterRequestOptions.ResourceUri.");
        return new GraphQLRequestOptions { ResourceUri = endpoint.ResourceUri, Audit = Audit };
    }
}

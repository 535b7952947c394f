namespace IWlz.Client.AddressBook;

/// <summary>
/// Finds where an iWlz service lives: its PEP, token endpoint and resource URL (the audience), from the
/// address book, the configuration and the built-in defaults. Identifiers are matched with <c>_</c> and
/// <c>-</c> as equal separators and in any letter case.
/// </summary>
public interface IServiceDirectory
{
    /// <summary>The environment the directory resolves for.</summary>
    IWlzEnvironment Environment { get; }

    /// <summary>The loaded address book, or <see langword="null"/> when none is configured.</summary>
    AddressBookDocument? AddressBook { get; }

    /// <summary>Finds a service by its address-book ID, such as <c>5555_REGISTER_TST</c>.</summary>
    /// <param name="gegevensdienstId">The entry's ID.</param>
    /// <param name="systeemrolcode">The role whose resource URL to use; <see langword="null"/> picks <c>REGISTER</c>, or the only role.</param>
    /// <returns>The endpoints, or <see langword="null"/> when no entry or role matches.</returns>
    ServiceEndpoint? FindByGegevensdienstId(string gegevensdienstId, string? systeemrolcode);

    /// <summary>Finds the service of an organisation in the configured environment, such as the CIZ's <c>REGISTER</c>.</summary>
    /// <param name="organisatieId"><c>CIZ</c>, an AGB code or a UZOVI code.</param>
    /// <param name="systeemrolcode"><c>REGISTER</c>, <c>MELDING</c>, <c>NOTIFICATIE_INDICATIE</c>, <c>NOTIFICATIE_BEMIDDELING</c> or another role.</param>
    /// <returns>The endpoints, or <see langword="null"/> when no entry matches.</returns>
    ServiceEndpoint? FindByOrganisation(string organisatieId, string systeemrolcode);

    /// <summary>
    /// The endpoints for a resource URL: those of the address-book entry that lists it, otherwise the configured
    /// (or built-in) PEP and token endpoints of the environment.
    /// </summary>
    /// <param name="resourceUri">The resource URL (the audience).</param>
    /// <returns>The endpoints.</returns>
    ServiceEndpoint ForResource(Uri resourceUri);
}

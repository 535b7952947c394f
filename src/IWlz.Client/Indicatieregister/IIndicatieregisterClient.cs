using IWlz.Client.GraphQL;
using IWlz.Client.Registers;

namespace IWlz.Client.Indicatieregister;

/// <summary>
/// The Indicatieregister (IR-2, schema 1.6.4), held by the CIZ: the Wlz indications (WlzIndicatie) with their grondslagen, zorgzwaartepakketten, beperkingen, stoornissen, client and contact data.
/// </summary>
/// <remarks>
/// One method per published query template; each returns the template's root list, which is empty (not an error) when the
/// register holds nothing that matches. Own-identity variables are filled from the configured party, and the request is
/// checked against the template rules before it is sent (<see cref="TemplateViolationException"/>). The template ID of each
/// method is on its <see cref="GraphQLTemplateAttribute"/> and in <see cref="IWlzTemplates"/>.
/// </remarks>
public interface IIndicatieregisterClient
{
    /// <summary>Reads a Wlz indication in full, as the initially responsible zorgkantoor (ZKi).</summary>
    /// <param name="wlzIndicatieID">The indication named in the NIEUWE_INDICATIE_ZORGKANTOOR or VERVALLEN_INDICATIE_ZORGKANTOOR notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>wlzIndicatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QIR-0001-ZKi</c>. The template filters on the caller's own UZOVI code (<c>initieelVerantwoordelijkZorgkantoor</c>), which the client fills from the configured party.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QIR0001ZKi)]
    Task<IReadOnlyList<WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult.WlzIndicatieData>> GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a Wlz indication in full, as the executing zorgkantoor (ZKu).</summary>
    /// <param name="wlzIndicatieID">The indication of the bemiddeling the zorgkantoor executes (from QBR-0004-ZKu).</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>wlzIndicatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QIR-0004-ZKu</c>. Follows <c>NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR</c> → QBR-0004-ZKu. The policy checks through the PIP that the caller executes a specificatie of this indication.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QIR0004ZKu)]
    Task<IReadOnlyList<WlzIndicatieVoorUitvoerendZorgkantoorResult.WlzIndicatieData>> GetWlzIndicatieVoorUitvoerendZorgkantoorAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);
}

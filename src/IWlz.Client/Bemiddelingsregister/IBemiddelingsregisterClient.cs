using IWlz.Client.GraphQL;
using IWlz.Client.Registers;

namespace IWlz.Client.Bemiddelingsregister;

/// <summary>
/// The Bemiddelingsregister (BR-1, schema 1.1.0), held by each zorgkantoor: bemiddelingen, bemiddelingspecificaties (allocations of care), overdrachten and regiehouders. Each zorgkantoor holds its own register, so pass its resource URL in <see cref="RegisterRequestOptions.ResourceUri"/> when it is not the configured one.
/// </summary>
/// <remarks>
/// One method per published query template; each returns the template's root list, which is empty (not an error) when the
/// register holds nothing that matches. Own-identity variables are filled from the configured party, and the request is
/// checked against the template rules before it is sent (<see cref="TemplateViolationException"/>). The template ID of each
/// method is on its <see cref="GraphQLTemplateAttribute"/> and in <see cref="IWlzTemplates"/>.
/// </remarks>
public interface IBemiddelingsregisterClient
{
    /// <summary>Reads one bemiddelingspecificatie allocated to the caller, with its bemiddeling and client, as the zorgaanbieder (ZA).</summary>
    /// <param name="bemiddelingspecificatieID">The specificatie named in the NIEUWE_ or GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>bemiddelingspecificatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0001-ZA</c>. The template filters on the caller's own AGB code (<c>Instelling</c>), filled from the configured party. Next: QBR-0002-ZA (the specificatie has an end date) or QBR-0003-ZA (it has none).</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0001ZA)]
    Task<IReadOnlyList<BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieVoorZorgaanbiederAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the overview around the caller's own bemiddelingspecificatie that has an end date, as the zorgaanbieder (ZA): the bemiddeling, the client's contact persons and contact details, the overlapping specificaties and the regiehouders, each within its date window.</summary>
    /// <param name="bemiddelingspecificatieID">The caller's own specificatie (from QBR-0001-ZA).</param>
    /// <param name="toewijzingIngangsdatum">Its <c>toewijzingIngangsdatum</c>.</param>
    /// <param name="toewijzingEinddatum">Its <c>toewijzingEinddatum</c>.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>bemiddelingspecificatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0002-ZA</c>. The client fills <c>Instelling</c> from the configured party and computes <c>ToewijzingEinddatum2Jaar</c> and <c>ToewijzingEinddatum31Mei</c> with <see cref="TemplateDates"/>. Use QBR-0003-ZA when the specificatie has no end date.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0002ZA)]
    Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, DateOnly toewijzingEinddatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the overview around the caller's own bemiddelingspecificatie without an end date, as the zorgaanbieder (ZA): the bemiddeling, the client's current contact persons and contact details, the overlapping specificaties and the current regiehouders.</summary>
    /// <param name="bemiddelingspecificatieID">The caller's own specificatie (from QBR-0001-ZA).</param>
    /// <param name="toewijzingIngangsdatum">Its <c>toewijzingIngangsdatum</c>.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>bemiddelingspecificatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0003-ZA</c>. The client fills <c>Instelling</c> from the configured party. Use QBR-0002-ZA when the specificatie has an end date.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0003ZA)]
    Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one bemiddelingspecificatie the caller executes, with its bemiddeling and client, as the executing zorgkantoor (ZKu).</summary>
    /// <param name="bemiddelingspecificatieID">The specificatie named in the NIEUWE_ or GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>bemiddelingspecificatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0004-ZKu</c>. The template filters on the caller's own UZOVI code (<c>uitvoerendZorgkantoor</c>), filled from the configured party. Next: QBR-0005-ZKu or QBR-0006-ZKu, and QIR-0004-ZKu for the indication.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0004ZKu)]
    Task<IReadOnlyList<BemiddelingspecificatieVoorUitvoerendZorgkantoorResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieVoorUitvoerendZorgkantoorAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the overview around an executed bemiddelingspecificatie that has an end date, as the executing zorgkantoor (ZKu), including the overlapping specificaties' <c>pgbPercentage</c>.</summary>
    /// <param name="bemiddelingspecificatieID">The specificatie the caller executes (from QBR-0004-ZKu).</param>
    /// <param name="toewijzingIngangsdatum">Its <c>toewijzingIngangsdatum</c>.</param>
    /// <param name="toewijzingEinddatum">Its <c>toewijzingEinddatum</c>.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>bemiddelingspecificatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0005-ZKu</c>. The client fills <c>UitvoerendZorgkantoor</c> from the configured party and computes the two derived dates with <see cref="TemplateDates"/>. Use QBR-0006-ZKu when the specificatie has no end date.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0005ZKu)]
    Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, DateOnly toewijzingEinddatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the overview around an executed bemiddelingspecificatie without an end date, as the executing zorgkantoor (ZKu).</summary>
    /// <param name="bemiddelingspecificatieID">The specificatie the caller executes (from QBR-0004-ZKu).</param>
    /// <param name="toewijzingIngangsdatum">Its <c>toewijzingIngangsdatum</c>.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>bemiddelingspecificatie</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0006-ZKu</c>. The client fills <c>uitvoerendZorgkantoor</c> from the configured party. Use QBR-0005-ZKu when the specificatie has an end date.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0006ZKu)]
    Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one overdracht (transfer of responsibility) with its specificaties, bemiddeling and client, as the newly responsible zorgkantoor (ZKn).</summary>
    /// <param name="overdrachtID">The overdracht named in the NIEUWE_ or GEWIJZIGDE_OVERDRACHT_ZORGKANTOOR notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>overdracht</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0007-ZKn</c>. The template filters on the caller's own UZOVI code (<c>verantwoordelijkZorgkantoor</c>), filled from the configured party. Next: QBR-0008-ZKn.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0007ZKn)]
    Task<IReadOnlyList<OverdrachtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>> GetOverdrachtVoorNieuwVerantwoordelijkZorgkantoorAsync(Guid overdrachtID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the overdracht with the contact data and regiehouders valid on the transfer date, as the newly responsible zorgkantoor (ZKn).</summary>
    /// <param name="overdrachtID">The overdracht (from QBR-0007-ZKn).</param>
    /// <param name="overdrachtDatum">The transfer date: contact data and regiehouders valid on this date are returned.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>overdracht</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0008-ZKn</c>. The client fills <c>verantwoordelijkZorgkantoor</c> from the configured party.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0008ZKn)]
    Task<IReadOnlyList<OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>> GetOverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorAsync(Guid overdrachtID, DateOnly overdrachtDatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one regiehouder record with its bemiddeling and client, as the zorgaanbieder that is regiehouder (ZAr).</summary>
    /// <param name="regiehouderID">The regiehouder named in the NIEUWE_ or GEWIJZIGDE_REGIEHOUDER_ZORGAANBIEDER notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>regiehouder</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0009-ZAr</c>. The template filters on the caller's own AGB code (<c>Instelling</c>), filled from the configured party.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0009ZAr)]
    Task<IReadOnlyList<RegiehouderVoorZorgaanbiederResult.RegiehouderData>> GetRegiehouderVoorZorgaanbiederAsync(Guid regiehouderID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the bemiddelingen of a Wlz indication and their responsible zorgkantoor, as the CIZ.</summary>
    /// <param name="wlzIndicatieID">The indication whose bemiddelingen to find.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>bemiddeling</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QBR-0010-CIZ</c>. The CIZ uses it to choose the zorgkantoren to notify.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QBR0010CIZ)]
    Task<IReadOnlyList<BemiddelingVoorCizResult.BemiddelingData>> GetBemiddelingVoorCizAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);
}

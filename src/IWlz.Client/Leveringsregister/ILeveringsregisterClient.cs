using System.Diagnostics.CodeAnalysis;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;

namespace IWlz.Client.Leveringsregister;

/// <summary>
/// The Leveringsregister (LR-1 release candidate 1), held by each zorgaanbieder: leveringen with their leveringperiodes, behandelingperiodes, uitstelperiodes, afstel, verzoeken and verzoekAanbieders. <b>Experimental</b>: the schema and templates may still change; switch it on with <c>AddLeveringsregisterClient()</c>. Each zorgaanbieder holds its own register, so pass its resource URL in <see cref="RegisterRequestOptions.ResourceUri"/>.
/// </summary>
/// <remarks>
/// One method per published query template; each returns the template's root list, which is empty (not an error) when the
/// register holds nothing that matches. Own-identity variables are filled from the configured party, and the request is
/// checked against the template rules before it is sent (<see cref="TemplateViolationException"/>). The template ID of each
/// method is on its <see cref="GraphQLTemplateAttribute"/> and in <see cref="IWlzTemplates"/>.
/// </remarks>
[Experimental(ExperimentalDiagnostics.Leveringsregister, UrlFormat = ExperimentalDiagnostics.UrlFormat)]
public interface ILeveringsregisterClient
{
    /// <summary>Reads the levering of an overlapping (informative) bemiddelingspecificatie, as the zorgaanbieder (ZA) whose own specificatie has an end date.</summary>
    /// <param name="bemiddelingspecificatieIDInformatief">The overlapping (informative) specificatie, from QBR-0002-ZA.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>levering</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0001_1-ZA</c>. The policy checks the caller's own specificatie through the PIP; the published template passes those inputs outside the document.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0001_1ZA)]
    Task<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederMetEinddatumResult.LeveringData>> GetLeveringInformatiefVoorZorgaanbiederMetEinddatumAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the levering of an overlapping (informative) bemiddelingspecificatie, as the zorgaanbieder (ZA) whose own specificatie has no end date.</summary>
    /// <param name="bemiddelingspecificatieIDInformatief">The overlapping (informative) specificatie, from QBR-0003-ZA.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>levering</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0001_2-ZA</c>. The document equals QLR-0001_1-ZA; only the policy context differs.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0001_2ZA)]
    Task<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederZonderEinddatumResult.LeveringData>> GetLeveringInformatiefVoorZorgaanbiederZonderEinddatumAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one verzoekAanbieder with its verzoek, levering and client, as the zorgaanbieder (ZA) it names.</summary>
    /// <param name="verzoekAanbiederID">The verzoekAanbieder named in the NIEUW_VERZOEKAANBIEDER_AANBIEDER notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>verzoekAanbieder</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0002-ZA</c>. The template filters on the caller's own AGB code (<c>aanbieder</c>), filled from the configured party. The SDK ships a corrected template; see docs/spec-decisions.md.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0002ZA)]
    Task<IReadOnlyList<VerzoekAanbiederVoorZorgaanbiederResult.VerzoekAanbiederData>> GetVerzoekAanbiederVoorZorgaanbiederAsync(Guid verzoekAanbiederID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the levering of a bemiddelingspecificatie in full, as a zorgkantoor (ZK).</summary>
    /// <param name="bemiddelingspecificatieID">The specificatie whose levering to read.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>levering</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0003-ZK</c>. An older template that the LR use cases no longer list.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0003ZK)]
    Task<IReadOnlyList<LeveringVoorZorgkantoorResult.LeveringData>> GetLeveringVoorZorgkantoorAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one verzoek with its verzoekAanbieders, levering and client, as the responsible zorgkantoor (ZK).</summary>
    /// <param name="verzoekID">The verzoek named in the NIEUW_VERZOEK_ZORGKANTOOR notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>verzoek</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0004-ZK</c>. The SDK ships a corrected template; see docs/spec-decisions.md.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0004ZK)]
    Task<IReadOnlyList<VerzoekVoorZorgkantoorResult.VerzoekData>> GetVerzoekVoorZorgkantoorAsync(Guid verzoekID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one leveringperiode and its complete levering, as a zorgkantoor (ZK).</summary>
    /// <param name="leveringperiodeID">The period named in the *_LEVERINGPERIODE_ZORGKANTOOR notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>leveringperiode</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0006-ZK</c>. Verzoeken are not part of it, because executing zorgkantoren may use this template too.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0006ZK)]
    Task<IReadOnlyList<LeveringperiodeVoorZorgkantoorResult.LeveringperiodeData>> GetLeveringperiodeVoorZorgkantoorAsync(Guid leveringperiodeID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one uitstelperiode and its complete levering, as a zorgkantoor (ZK).</summary>
    /// <param name="uitstelperiodeID">The period named in the *_UITSTELPERIODE_ZORGKANTOOR notification.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>uitstelperiode</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0007-ZK</c>. Verzoeken are not part of it, because executing zorgkantoren may use this template too.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0007ZK)]
    Task<IReadOnlyList<UitstelperiodeVoorZorgkantoorResult.UitstelperiodeData>> GetUitstelperiodeVoorZorgkantoorAsync(Guid uitstelperiodeID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the levering of an overlapping (informative) bemiddelingspecificatie, as the executing zorgkantoor (ZK).</summary>
    /// <param name="bemiddelingspecificatieIDInformatief">The overlapping (informative) specificatie, from QBR-0005-ZKu or QBR-0006-ZKu.</param>
    /// <param name="options">Per-call options, such as the register to query; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching <c>levering</c> records; empty when there are none.</returns>
    /// <remarks>Template <c>QLR-0009-ZK</c>. The SDK ships a corrected template without the five unused PIP variables; see docs/spec-decisions.md.</remarks>
    /// <exception cref="TemplateViolationException">The configured party may not use this template; nothing was sent.</exception>
    /// <exception cref="GraphQLResponseException">The register answered with errors.</exception>
    [GraphQLTemplate(IWlzTemplates.QLR0009ZK)]
    Task<IReadOnlyList<LeveringInformatiefVoorUitvoerendZorgkantoorResult.LeveringData>> GetLeveringInformatiefVoorUitvoerendZorgkantoorAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default);
}

using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;
using IWlz.Client.Bemiddelingsregister.Generated;

namespace IWlz.Client.Bemiddelingsregister;

/// <summary>The default <see cref="IBemiddelingsregisterClient"/>: sends the templates through an <see cref="IGraphQLExecutor"/>.</summary>
/// <remarks>The methods are virtual, and the protected constructor lets a mocking library derive from the class.</remarks>
public class BemiddelingsregisterClient : IBemiddelingsregisterClient
{
    private readonly IGraphQLExecutor _executor = null!;
    private readonly IWlzPartyIdentity _identity = null!;

    /// <summary>Creates the client.</summary>
    /// <param name="executor">Sends the requests: the SDK's transport, or any executor. The client puts the template rules in front of it.</param>
    /// <param name="identity">The party the requests are made as; it fills the own-identity variables.</param>
    public BemiddelingsregisterClient(IGraphQLExecutor executor, IWlzPartyIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(identity);
        _executor = TemplateGuardExecutor.Ensure(executor, identity, leveringsregister: false);
        _identity = identity;
    }

    /// <summary>For mocking libraries only: a client whose methods are all overridden.</summary>
    protected BemiddelingsregisterClient()
    {
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0001ZA)]
    public virtual async Task<IReadOnlyList<BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieVoorZorgaanbiederAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingspecificatieVoorZorgaanbiederVariables
        {
            BemiddelingspecificatieID = bemiddelingspecificatieID,
            Instelling = OwnCode(),
        };
        return await RegisterCall.ListAsync(_executor, BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor, variables, options, data => data.Bemiddelingspecificatie, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0002ZA)]
    public virtual async Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, DateOnly toewijzingEinddatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumVariables
        {
            BemiddelingspecificatieID = bemiddelingspecificatieID,
            Instelling = OwnCode(),
            ToewijzingIngangsdatum = toewijzingIngangsdatum,
            ToewijzingEinddatum = toewijzingEinddatum,
            ToewijzingEinddatum2Jaar = TemplateDates.ToewijzingEinddatum2Jaar(toewijzingEinddatum),
            ToewijzingEinddatum31Mei = TemplateDates.ToewijzingEinddatum31Mei(toewijzingEinddatum),
        };
        return await RegisterCall.ListAsync(_executor, BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumOperation.Descriptor, variables, options, data => data.Bemiddelingspecificatie, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0003ZA)]
    public virtual async Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumVariables
        {
            BemiddelingspecificatieID = bemiddelingspecificatieID,
            Instelling = OwnCode(),
            ToewijzingIngangsdatum = toewijzingIngangsdatum,
        };
        return await RegisterCall.ListAsync(_executor, BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumOperation.Descriptor, variables, options, data => data.Bemiddelingspecificatie, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0004ZKu)]
    public virtual async Task<IReadOnlyList<BemiddelingspecificatieVoorUitvoerendZorgkantoorResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieVoorUitvoerendZorgkantoorAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingspecificatieVoorUitvoerendZorgkantoorVariables
        {
            BemiddelingspecificatieId = bemiddelingspecificatieID,
            UitvoerendZorgkantoor = OwnCode(),
        };
        return await RegisterCall.ListAsync(_executor, BemiddelingspecificatieVoorUitvoerendZorgkantoorOperation.Descriptor, variables, options, data => data.Bemiddelingspecificatie, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0005ZKu)]
    public virtual async Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, DateOnly toewijzingEinddatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumVariables
        {
            BemiddelingspecificatieID = bemiddelingspecificatieID,
            UitvoerendZorgkantoor = OwnCode(),
            ToewijzingIngangsdatum = toewijzingIngangsdatum,
            ToewijzingEinddatum = toewijzingEinddatum,
            ToewijzingEinddatum2Jaar = TemplateDates.ToewijzingEinddatum2Jaar(toewijzingEinddatum),
            ToewijzingEinddatum31Mei = TemplateDates.ToewijzingEinddatum31Mei(toewijzingEinddatum),
        };
        return await RegisterCall.ListAsync(_executor, BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumOperation.Descriptor, variables, options, data => data.Bemiddelingspecificatie, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0006ZKu)]
    public virtual async Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumVariables
        {
            BemiddelingspecificatieId = bemiddelingspecificatieID,
            UitvoerendZorgkantoor = OwnCode(),
            ToewijzingIngangsdatum = toewijzingIngangsdatum,
        };
        return await RegisterCall.ListAsync(_executor, BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumOperation.Descriptor, variables, options, data => data.Bemiddelingspecificatie, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0007ZKn)]
    public virtual async Task<IReadOnlyList<OverdrachtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>> GetOverdrachtVoorNieuwVerantwoordelijkZorgkantoorAsync(Guid overdrachtID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new OverdrachtVoorNieuwVerantwoordelijkZorgkantoorVariables
        {
            OverdrachtID = overdrachtID,
            VerantwoordelijkZorgkantoor = OwnCode(),
        };
        return await RegisterCall.ListAsync(_executor, OverdrachtVoorNieuwVerantwoordelijkZorgkantoorOperation.Descriptor, variables, options, data => data.Overdracht, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0008ZKn)]
    public virtual async Task<IReadOnlyList<OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>> GetOverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorAsync(Guid overdrachtID, DateOnly overdrachtDatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorVariables
        {
            OverdrachtID = overdrachtID,
            VerantwoordelijkZorgkantoor = OwnCode(),
            OverdrachtDatum = overdrachtDatum,
        };
        return await RegisterCall.ListAsync(_executor, OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorOperation.Descriptor, variables, options, data => data.Overdracht, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0009ZAr)]
    public virtual async Task<IReadOnlyList<RegiehouderVoorZorgaanbiederResult.RegiehouderData>> GetRegiehouderVoorZorgaanbiederAsync(Guid regiehouderID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new RegiehouderVoorZorgaanbiederVariables
        {
            RegiehouderID = regiehouderID,
            Instelling = OwnCode(),
        };
        return await RegisterCall.ListAsync(_executor, RegiehouderVoorZorgaanbiederOperation.Descriptor, variables, options, data => data.Regiehouder, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0010CIZ)]
    public virtual async Task<IReadOnlyList<BemiddelingVoorCizResult.BemiddelingData>> GetBemiddelingVoorCizAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingVoorCizVariables
        {
            WlzIndicatieID = wlzIndicatieID,
        };
        return await RegisterCall.ListAsync(_executor, BemiddelingVoorCizOperation.Descriptor, variables, options, data => data.Bemiddeling, cancellationToken).ConfigureAwait(false);
    }

    private string OwnCode() => _identity.GetIdentity().Code;
}

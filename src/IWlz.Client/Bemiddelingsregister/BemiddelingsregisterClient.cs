using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;

namespace IWlz.Client.Bemiddelingsregister;

/// <summary>The default <see cref="IBemiddelingsregisterClient"/>: sends the templates through an <see cref="IGraphQLExecutor"/>.</summary>
/// <remarks>The methods are virtual, and the protected constructor lets a mocking library derive from the class.</remarks>
public class BemiddelingsregisterClient : IBemiddelingsregisterClient
{
    private readonly RegisterCall _call = null!;
    private readonly IWlzPartyIdentity _identity = null!;

    /// <summary>Creates the client. <c>AddIWlzClient</c> registers one; create your own only outside dependency injection or in tests.</summary>
    /// <param name="executor">Sends the requests: the SDK's transport, or any executor. The client puts the template rules in front of it.</param>
    /// <param name="identity">The party the requests are made as; it fills the own-identity variables.</param>
    /// <param name="serviceDirectory">Finds a register by <see cref="RegisterRequestOptions.Bronhouder"/>; <see langword="null"/> when calls name registers by <see cref="RegisterRequestOptions.ResourceUri"/> only.</param>
    public BemiddelingsregisterClient(IGraphQLExecutor executor, IWlzPartyIdentity identity, IServiceDirectory? serviceDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(identity);
        _call = new RegisterCall(TemplateGuardExecutor.Ensure(executor, identity, leveringsregister: false), serviceDirectory, IWlzRegister.Bemiddelingsregister);
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
        var response = await _call.SendAsync(BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Bemiddelingspecificatie;
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
        var response = await _call.SendAsync(BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Bemiddelingspecificatie;
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
        var response = await _call.SendAsync(BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Bemiddelingspecificatie;
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
        var response = await _call.SendAsync(BemiddelingspecificatieVoorUitvoerendZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Bemiddelingspecificatie;
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
        var response = await _call.SendAsync(BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Bemiddelingspecificatie;
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
        var response = await _call.SendAsync(BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Bemiddelingspecificatie;
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
        var response = await _call.SendAsync(OverdrachtVoorNieuwVerantwoordelijkZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Overdracht;
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
        var response = await _call.SendAsync(OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Overdracht;
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
        var response = await _call.SendAsync(RegiehouderVoorZorgaanbiederOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Regiehouder;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0010CIZ)]
    public virtual async Task<IReadOnlyList<BemiddelingVoorCizResult.BemiddelingData>> GetBemiddelingVoorCizAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new BemiddelingVoorCizVariables
        {
            WlzIndicatieID = wlzIndicatieID,
        };
        var response = await _call.SendAsync(BemiddelingVoorCizOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Bemiddeling;
    }

    private string OwnCode() => _identity.GetIdentity().Code;
}

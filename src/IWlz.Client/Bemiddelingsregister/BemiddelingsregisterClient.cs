using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;

namespace IWlz.Client.Bemiddelingsregister;

/// <summary>The default <see cref="IBemiddelingsregisterClient"/>: sends the templates through an <see cref="IGraphQLExecutor"/>.</summary>
/// <remarks>The methods are virtual, and the protected constructor lets a mocking library derive from the class.</remarks>
public class BemiddelingsregisterClient : IBemiddelingsregisterClient
{
    // The methods are not async: the executor takes the root list from the response in its own frame, so a failed
    // call faults one task instead of two. Whatever fails while the variables are built (no party configured, a
    // derived date out of range) still comes through the returned task, as it did from an async method.
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
    public virtual Task<IReadOnlyList<BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieVoorZorgaanbiederAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new BemiddelingspecificatieVoorZorgaanbiederVariables
            {
                BemiddelingspecificatieID = bemiddelingspecificatieID,
                Instelling = OwnCode(),
            };
            return _call.SendAsync(BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Bemiddelingspecificatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<BemiddelingspecificatieVoorZorgaanbiederResult.BemiddelingspecificatieData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0002ZA)]
    public virtual Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, DateOnly toewijzingEinddatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
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
            return _call.SendAsync(BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Bemiddelingspecificatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumResult.BemiddelingspecificatieData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0003ZA)]
    public virtual Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumVariables
            {
                BemiddelingspecificatieID = bemiddelingspecificatieID,
                Instelling = OwnCode(),
                ToewijzingIngangsdatum = toewijzingIngangsdatum,
            };
            return _call.SendAsync(BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Bemiddelingspecificatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<BemiddelingspecificatieOverzichtVoorZorgaanbiederZonderEinddatumResult.BemiddelingspecificatieData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0004ZKu)]
    public virtual Task<IReadOnlyList<BemiddelingspecificatieVoorUitvoerendZorgkantoorResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieVoorUitvoerendZorgkantoorAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new BemiddelingspecificatieVoorUitvoerendZorgkantoorVariables
            {
                BemiddelingspecificatieId = bemiddelingspecificatieID,
                UitvoerendZorgkantoor = OwnCode(),
            };
            return _call.SendAsync(BemiddelingspecificatieVoorUitvoerendZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Bemiddelingspecificatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<BemiddelingspecificatieVoorUitvoerendZorgkantoorResult.BemiddelingspecificatieData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0005ZKu)]
    public virtual Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, DateOnly toewijzingEinddatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
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
            return _call.SendAsync(BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Bemiddelingspecificatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorMetEinddatumResult.BemiddelingspecificatieData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0006ZKu)]
    public virtual Task<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumResult.BemiddelingspecificatieData>> GetBemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumAsync(Guid bemiddelingspecificatieID, DateOnly toewijzingIngangsdatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumVariables
            {
                BemiddelingspecificatieId = bemiddelingspecificatieID,
                UitvoerendZorgkantoor = OwnCode(),
                ToewijzingIngangsdatum = toewijzingIngangsdatum,
            };
            return _call.SendAsync(BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Bemiddelingspecificatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<BemiddelingspecificatieOverzichtVoorUitvoerendZorgkantoorZonderEinddatumResult.BemiddelingspecificatieData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0007ZKn)]
    public virtual Task<IReadOnlyList<OverdrachtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>> GetOverdrachtVoorNieuwVerantwoordelijkZorgkantoorAsync(Guid overdrachtID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new OverdrachtVoorNieuwVerantwoordelijkZorgkantoorVariables
            {
                OverdrachtID = overdrachtID,
                VerantwoordelijkZorgkantoor = OwnCode(),
            };
            return _call.SendAsync(OverdrachtVoorNieuwVerantwoordelijkZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Overdracht, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<OverdrachtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0008ZKn)]
    public virtual Task<IReadOnlyList<OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>> GetOverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorAsync(Guid overdrachtID, DateOnly overdrachtDatum, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorVariables
            {
                OverdrachtID = overdrachtID,
                VerantwoordelijkZorgkantoor = OwnCode(),
                OverdrachtDatum = overdrachtDatum,
            };
            return _call.SendAsync(OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Overdracht, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<OverdrachtOverzichtVoorNieuwVerantwoordelijkZorgkantoorResult.OverdrachtData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0009ZAr)]
    public virtual Task<IReadOnlyList<RegiehouderVoorZorgaanbiederResult.RegiehouderData>> GetRegiehouderVoorZorgaanbiederAsync(Guid regiehouderID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new RegiehouderVoorZorgaanbiederVariables
            {
                RegiehouderID = regiehouderID,
                Instelling = OwnCode(),
            };
            return _call.SendAsync(RegiehouderVoorZorgaanbiederOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Regiehouder, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<RegiehouderVoorZorgaanbiederResult.RegiehouderData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QBR0010CIZ)]
    public virtual Task<IReadOnlyList<BemiddelingVoorCizResult.BemiddelingData>> GetBemiddelingVoorCizAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new BemiddelingVoorCizVariables
            {
                WlzIndicatieID = wlzIndicatieID,
            };
            return _call.SendAsync(BemiddelingVoorCizOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Bemiddeling, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<BemiddelingVoorCizResult.BemiddelingData>>(ex);
        }
    }

    private string OwnCode() => _identity.GetIdentity().Code;
}

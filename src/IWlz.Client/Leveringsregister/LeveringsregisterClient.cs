using System.Diagnostics.CodeAnalysis;
using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;

namespace IWlz.Client.Leveringsregister;

/// <summary>The default <see cref="ILeveringsregisterClient"/>: sends the templates through an <see cref="IGraphQLExecutor"/>.</summary>
/// <remarks>The methods are virtual, and the protected constructor lets a mocking library derive from the class.</remarks>
[Experimental(ExperimentalDiagnostics.Leveringsregister, UrlFormat = ExperimentalDiagnostics.UrlFormat)]
public class LeveringsregisterClient : ILeveringsregisterClient
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
    public LeveringsregisterClient(IGraphQLExecutor executor, IWlzPartyIdentity identity, IServiceDirectory? serviceDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(identity);
        _call = new RegisterCall(TemplateGuardExecutor.Ensure(executor, identity, leveringsregister: true), serviceDirectory, IWlzRegister.Leveringsregister);
        _identity = identity;
    }

    /// <summary>For mocking libraries only: a client whose methods are all overridden.</summary>
    protected LeveringsregisterClient()
    {
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0001_1ZA)]
    public virtual Task<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederMetEinddatumResult.LeveringData>> GetLeveringInformatiefVoorZorgaanbiederMetEinddatumAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new LeveringInformatiefVoorZorgaanbiederMetEinddatumVariables
            {
                BemiddelingspecificatieIDInformatief = bemiddelingspecificatieIDInformatief,
            };
            return _call.SendAsync(LeveringInformatiefVoorZorgaanbiederMetEinddatumOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Levering, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederMetEinddatumResult.LeveringData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0001_2ZA)]
    public virtual Task<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederZonderEinddatumResult.LeveringData>> GetLeveringInformatiefVoorZorgaanbiederZonderEinddatumAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new LeveringInformatiefVoorZorgaanbiederZonderEinddatumVariables
            {
                BemiddelingspecificatieIDInformatief = bemiddelingspecificatieIDInformatief,
            };
            return _call.SendAsync(LeveringInformatiefVoorZorgaanbiederZonderEinddatumOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Levering, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederZonderEinddatumResult.LeveringData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0002ZA)]
    public virtual Task<IReadOnlyList<VerzoekAanbiederVoorZorgaanbiederResult.VerzoekAanbiederData>> GetVerzoekAanbiederVoorZorgaanbiederAsync(Guid verzoekAanbiederID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new VerzoekAanbiederVoorZorgaanbiederVariables
            {
                VerzoekAanbiederID = verzoekAanbiederID,
                Aanbieder = OwnCode(),
            };
            return _call.SendAsync(VerzoekAanbiederVoorZorgaanbiederOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().VerzoekAanbieder, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<VerzoekAanbiederVoorZorgaanbiederResult.VerzoekAanbiederData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0003ZK)]
    public virtual Task<IReadOnlyList<LeveringVoorZorgkantoorResult.LeveringData>> GetLeveringVoorZorgkantoorAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new LeveringVoorZorgkantoorVariables
            {
                BemiddelingspecificatieID = bemiddelingspecificatieID,
            };
            return _call.SendAsync(LeveringVoorZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Levering, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<LeveringVoorZorgkantoorResult.LeveringData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0004ZK)]
    public virtual Task<IReadOnlyList<VerzoekVoorZorgkantoorResult.VerzoekData>> GetVerzoekVoorZorgkantoorAsync(Guid verzoekID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new VerzoekVoorZorgkantoorVariables
            {
                VerzoekID = verzoekID,
            };
            return _call.SendAsync(VerzoekVoorZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Verzoek, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<VerzoekVoorZorgkantoorResult.VerzoekData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0006ZK)]
    public virtual Task<IReadOnlyList<LeveringperiodeVoorZorgkantoorResult.LeveringperiodeData>> GetLeveringperiodeVoorZorgkantoorAsync(Guid leveringperiodeID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new LeveringperiodeVoorZorgkantoorVariables
            {
                LeveringperiodeID = leveringperiodeID,
            };
            return _call.SendAsync(LeveringperiodeVoorZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Leveringperiode, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<LeveringperiodeVoorZorgkantoorResult.LeveringperiodeData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0007ZK)]
    public virtual Task<IReadOnlyList<UitstelperiodeVoorZorgkantoorResult.UitstelperiodeData>> GetUitstelperiodeVoorZorgkantoorAsync(Guid uitstelperiodeID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new UitstelperiodeVoorZorgkantoorVariables
            {
                UitstelperiodeID = uitstelperiodeID,
            };
            return _call.SendAsync(UitstelperiodeVoorZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Uitstelperiode, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<UitstelperiodeVoorZorgkantoorResult.UitstelperiodeData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0009ZK)]
    public virtual Task<IReadOnlyList<LeveringInformatiefVoorUitvoerendZorgkantoorResult.LeveringData>> GetLeveringInformatiefVoorUitvoerendZorgkantoorAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new LeveringInformatiefVoorUitvoerendZorgkantoorVariables
            {
                BemiddelingspecificatieIDInformatief = bemiddelingspecificatieIDInformatief,
            };
            return _call.SendAsync(LeveringInformatiefVoorUitvoerendZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().Levering, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<LeveringInformatiefVoorUitvoerendZorgkantoorResult.LeveringData>>(ex);
        }
    }

    private string OwnCode() => _identity.GetIdentity().Code;
}

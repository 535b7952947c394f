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
    public virtual async Task<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederMetEinddatumResult.LeveringData>> GetLeveringInformatiefVoorZorgaanbiederMetEinddatumAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new LeveringInformatiefVoorZorgaanbiederMetEinddatumVariables
        {
            BemiddelingspecificatieIDInformatief = bemiddelingspecificatieIDInformatief,
        };
        var response = await _call.SendAsync(LeveringInformatiefVoorZorgaanbiederMetEinddatumOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Levering;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0001_2ZA)]
    public virtual async Task<IReadOnlyList<LeveringInformatiefVoorZorgaanbiederZonderEinddatumResult.LeveringData>> GetLeveringInformatiefVoorZorgaanbiederZonderEinddatumAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new LeveringInformatiefVoorZorgaanbiederZonderEinddatumVariables
        {
            BemiddelingspecificatieIDInformatief = bemiddelingspecificatieIDInformatief,
        };
        var response = await _call.SendAsync(LeveringInformatiefVoorZorgaanbiederZonderEinddatumOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Levering;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0002ZA)]
    public virtual async Task<IReadOnlyList<VerzoekAanbiederVoorZorgaanbiederResult.VerzoekAanbiederData>> GetVerzoekAanbiederVoorZorgaanbiederAsync(Guid verzoekAanbiederID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new VerzoekAanbiederVoorZorgaanbiederVariables
        {
            VerzoekAanbiederID = verzoekAanbiederID,
            Aanbieder = OwnCode(),
        };
        var response = await _call.SendAsync(VerzoekAanbiederVoorZorgaanbiederOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().VerzoekAanbieder;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0003ZK)]
    public virtual async Task<IReadOnlyList<LeveringVoorZorgkantoorResult.LeveringData>> GetLeveringVoorZorgkantoorAsync(Guid bemiddelingspecificatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new LeveringVoorZorgkantoorVariables
        {
            BemiddelingspecificatieID = bemiddelingspecificatieID,
        };
        var response = await _call.SendAsync(LeveringVoorZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Levering;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0004ZK)]
    public virtual async Task<IReadOnlyList<VerzoekVoorZorgkantoorResult.VerzoekData>> GetVerzoekVoorZorgkantoorAsync(Guid verzoekID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new VerzoekVoorZorgkantoorVariables
        {
            VerzoekID = verzoekID,
        };
        var response = await _call.SendAsync(VerzoekVoorZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Verzoek;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0006ZK)]
    public virtual async Task<IReadOnlyList<LeveringperiodeVoorZorgkantoorResult.LeveringperiodeData>> GetLeveringperiodeVoorZorgkantoorAsync(Guid leveringperiodeID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new LeveringperiodeVoorZorgkantoorVariables
        {
            LeveringperiodeID = leveringperiodeID,
        };
        var response = await _call.SendAsync(LeveringperiodeVoorZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Leveringperiode;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0007ZK)]
    public virtual async Task<IReadOnlyList<UitstelperiodeVoorZorgkantoorResult.UitstelperiodeData>> GetUitstelperiodeVoorZorgkantoorAsync(Guid uitstelperiodeID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new UitstelperiodeVoorZorgkantoorVariables
        {
            UitstelperiodeID = uitstelperiodeID,
        };
        var response = await _call.SendAsync(UitstelperiodeVoorZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Uitstelperiode;
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QLR0009ZK)]
    public virtual async Task<IReadOnlyList<LeveringInformatiefVoorUitvoerendZorgkantoorResult.LeveringData>> GetLeveringInformatiefVoorUitvoerendZorgkantoorAsync(Guid bemiddelingspecificatieIDInformatief, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variables = new LeveringInformatiefVoorUitvoerendZorgkantoorVariables
        {
            BemiddelingspecificatieIDInformatief = bemiddelingspecificatieIDInformatief,
        };
        var response = await _call.SendAsync(LeveringInformatiefVoorUitvoerendZorgkantoorOperation.Descriptor, variables, options, cancellationToken).ConfigureAwait(false);
        return response.GetDataOrThrow().Levering;
    }

    private string OwnCode() => _identity.GetIdentity().Code;
}

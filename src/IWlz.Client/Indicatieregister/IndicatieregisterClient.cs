using IWlz.Client.AddressBook;
using IWlz.Client.GraphQL;
using IWlz.Client.Registers;
using IWlz.Client.Registers.Internal;

namespace IWlz.Client.Indicatieregister;

/// <summary>The default <see cref="IIndicatieregisterClient"/>: sends the templates through an <see cref="IGraphQLExecutor"/>.</summary>
/// <remarks>The methods are virtual, and the protected constructor lets a mocking library derive from the class.</remarks>
public class IndicatieregisterClient : IIndicatieregisterClient
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
    public IndicatieregisterClient(IGraphQLExecutor executor, IWlzPartyIdentity identity, IServiceDirectory? serviceDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(identity);
        _call = new RegisterCall(TemplateGuardExecutor.Ensure(executor, identity, leveringsregister: false), serviceDirectory, IWlzRegister.Indicatieregister);
        _identity = identity;
    }

    /// <summary>For mocking libraries only: a client whose methods are all overridden.</summary>
    protected IndicatieregisterClient()
    {
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QIR0001ZKi)]
    public virtual Task<IReadOnlyList<WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult.WlzIndicatieData>> GetWlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorVariables
            {
                WlzIndicatieID = wlzIndicatieID,
                InitieelVerantwoordelijkZorgkantoor = OwnCode(),
            };
            return _call.SendAsync(WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().WlzIndicatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoorResult.WlzIndicatieData>>(ex);
        }
    }

    /// <inheritdoc />
    [GraphQLTemplate(IWlzTemplates.QIR0004ZKu)]
    public virtual Task<IReadOnlyList<WlzIndicatieVoorUitvoerendZorgkantoorResult.WlzIndicatieData>> GetWlzIndicatieVoorUitvoerendZorgkantoorAsync(Guid wlzIndicatieID, RegisterRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var variables = new WlzIndicatieVoorUitvoerendZorgkantoorVariables
            {
                WlzIndicatieID = wlzIndicatieID,
            };
            return _call.SendAsync(WlzIndicatieVoorUitvoerendZorgkantoorOperation.Descriptor, variables, options, static response => response.GetDataOrThrow().WlzIndicatie, cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<IReadOnlyList<WlzIndicatieVoorUitvoerendZorgkantoorResult.WlzIndicatieData>>(ex);
        }
    }

    private string OwnCode() => _identity.GetIdentity().Code;
}

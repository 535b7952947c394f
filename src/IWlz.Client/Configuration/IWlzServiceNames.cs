namespace IWlz.Client;

/// <summary>
/// The names of the iWlz services, as used in <see cref="GraphQL.GraphQLOperation{TVariables,TData}.ClientName"/>
/// and as keys of <see cref="IWlzClientOptions.Services"/>.
/// </summary>
public static class IWlzServiceNames
{
    /// <summary>The Wlz Indicatieregister, held by the CIZ.</summary>
    public const string Indicatieregister = "Indicatieregister";

    /// <summary>The Bemiddelingsregister, held by each zorgkantoor.</summary>
    public const string Bemiddelingsregister = "Bemiddelingsregister";

    /// <summary>The Leveringsregister, held by each zorgaanbieder.</summary>
    public const string Leveringsregister = "Leveringsregister";

    /// <summary>A party's netwerkpunt that receives <c>zendNotificatie</c> and <c>zendMelding</c>.</summary>
    public const string Netwerkpunt = "Netwerkpunt";
}

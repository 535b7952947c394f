using IWlz.Client.GraphQL;

namespace IWlz.Client.Registers;

/// <summary>Per-call options of the typed register clients. Every member is optional.</summary>
public sealed class RegisterRequestOptions
{
    /// <summary>
    /// The resource URL of the register to query (the token audience). The Bemiddelingsregister is held by
    /// each zorgkantoor and the Leveringsregister by each zorgaanbieder, so a call to another party's
    /// register names that register here. Default <see langword="null"/>: the register configured for the client.
    /// </summary>
    public Uri? ResourceUri { get; init; }

    internal GraphQLRequestOptions? ToGraphQL() => ResourceUri is null ? null : new GraphQLRequestOptions { ResourceUri = ResourceUri };
}

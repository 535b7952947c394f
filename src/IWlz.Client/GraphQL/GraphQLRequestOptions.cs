namespace IWlz.Client.GraphQL;

/// <summary>Per-call options for a GraphQL request. Every member is optional.</summary>
public sealed class GraphQLRequestOptions
{
    /// <summary>
    /// The resource URL of the service to call (the token audience), for example the
    /// Bemiddelingsregister of one zorgkantoor. <see langword="null"/> uses the client's configured service.
    /// </summary>
    public Uri? ResourceUri { get; init; }

    /// <summary>The iWlz template ID to report in errors, logs and audit records; overrides the operation's own.</summary>
    public string? TemplateId { get; init; }
}

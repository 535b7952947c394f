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

    /// <summary>
    /// The nID scopes to request for this call, replacing the service's configured or default scopes
    /// (see <see cref="IWlz.Client.IWlzScopes"/>). Required for <c>Netwerkpunt</c> calls, whose scope depends
    /// on the recipient. <see langword="null"/> or empty uses the service's scopes.
    /// </summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>
    /// What the host knows for the NEN 7513 audit records of this call (and of the token request it needs):
    /// the responsible user, Controles, Autorisatieprotocol and Toestemmingsprofiel. Its values win over an
    /// ambient <see cref="IWlz.Client.Audit.AuditContext.Current"/>. <see langword="null"/> uses the ambient context only.
    /// </summary>
    public IWlz.Client.Audit.AuditContext? Audit { get; init; }
}

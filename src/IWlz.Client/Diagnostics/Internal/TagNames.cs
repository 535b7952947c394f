namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// The span and metric tag names the SDK uses. All values are low-cardinality and never personal data:
/// no BSN, identifiers, variables, documents, URLs with paths, tokens or remote free text.
/// </summary>
internal static class TagNames
{
    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c> (OTel GraphQL semantic conventions).</summary>
    internal const string OperationType = "graphql.operation.type";

    /// <summary>The operation name as written in the generated document.</summary>
    internal const string OperationName = "graphql.operation.name";

    /// <summary>The iWlz query template, such as <c>QBR-0001-ZA</c>.</summary>
    internal const string TemplateId = "iwlz.template.id";

    /// <summary>The generated client / service the operation belongs to, such as <c>Bemiddelingsregister</c>.</summary>
    internal const string Register = "iwlz.register";

    /// <summary>The host name of the PEP or nID (OTel semantic conventions).</summary>
    internal const string ServerAddress = "server.address";

    /// <summary>How the call ended: <c>success</c>, <c>partial</c>, <c>refused</c> or <c>error</c>.</summary>
    internal const string Status = "iwlz.status";

    /// <summary>Why it failed: an <see cref="IWlzErrorKind"/> name or an exception type name (OTel semantic conventions).</summary>
    internal const string ErrorType = "error.type";

    /// <summary>Why a request was sent again: <c>retry</c> or <c>token_refresh</c>.</summary>
    internal const string ResendReason = "iwlz.resend.reason";

    /// <summary>How many times this request was sent before (OTel semantic conventions); only on resend spans.</summary>
    internal const string ResendCount = "http.request.resend_count";

    /// <summary>Token cache result: <c>hit</c>, <c>miss</c> or <c>shared</c> (joined a request in flight).</summary>
    internal const string TokenCacheResult = "iwlz.token.cache.result";

    /// <summary>The certificate's environment: <c>Test</c> or <c>Production</c>.</summary>
    internal const string Environment = "iwlz.environment";

    /// <summary><c>notificatie</c> or <c>melding</c>.</summary>
    internal const string MessageKind = "iwlz.message.kind";

    /// <summary>A catalogued notification event type, <c>IWLZFOUTMELDING</c>, or <c>other</c>.</summary>
    internal const string EventType = "iwlz.event_type";
}

/// <summary>The values of <see cref="TagNames.Status"/>.</summary>
internal static class StatusValues
{
    internal const string Success = "success";
    internal const string Partial = "partial";
    internal const string Refused = "refused";
    internal const string Error = "error";
}

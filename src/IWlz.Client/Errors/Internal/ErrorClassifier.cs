namespace IWlz.Client.Errors.Internal;

/// <summary>
/// Maps the answers of nID and the PEP to an <see cref="IWlzErrorKind"/> and says what to fix
/// (security.md §3 and §4, data-services.md §6). Bodies do not say which hop answered, so the text decides
/// between kinds that share a status.
/// </summary>
internal static class ErrorClassifier
{
    internal static IWlzErrorKind ForTokenEndpoint(int status, string? text) => status switch
    {
        400 => IWlzErrorKind.TokenRequestInvalid,
        401 => IWlzErrorKind.ActingNotPermitted,
        403 => Contains(text, "certificate") ? IWlzErrorKind.CertificateNotAccepted : IWlzErrorKind.IpNotRegistered,
        404 => IWlzErrorKind.EndpointNotFound,
        429 => IWlzErrorKind.RateLimited,
        >= 500 => IWlzErrorKind.ServerError,
        _ => IWlzErrorKind.Unknown,
    };

    internal static IWlzErrorKind ForPep(int status, string? code, string? text)
    {
        switch (status)
        {
            case 400:
                if (Contains(text, "scope"))
                {
                    return IWlzErrorKind.ScopeMismatch;
                }

                return string.Equals(code, "GRAPHQL_VALIDATION_FAILED", StringComparison.OrdinalIgnoreCase)
                    ? IWlzErrorKind.PolicyViolation
                    : IWlzErrorKind.BadRequest;
            case 401:
                return IWlzErrorKind.Unauthorized;
            case 403:
                if (Contains(text, "Invalid Client Certificate") || Contains(text, "certificate"))
                {
                    return IWlzErrorKind.CertificateNotAccepted;
                }

                if (Contains(text, "Not Allowed"))
                {
                    return IWlzErrorKind.IpNotRegistered;
                }

                if (Contains(text, "Match Scopes") || Contains(text, "scope"))
                {
                    return IWlzErrorKind.ScopeMismatch;
                }

                // RFC0014 error [10] shows "403 Unauthorized" for a missing or expired token.
                if (Contains(text, "Unauthorized") && !Contains(text, "Policy"))
                {
                    return IWlzErrorKind.Unauthorized;
                }

                return IWlzErrorKind.AccessDenied;
            case 404:
                return IWlzErrorKind.EndpointNotFound;
            case 429:
                return IWlzErrorKind.RateLimited;
            case >= 500:
                return IWlzErrorKind.ServerError;
            case >= 400:
                return IWlzErrorKind.BadRequest;
            default:
                return IWlzErrorKind.Unknown;
        }
    }

    /// <summary>What happened and what to do, in one or two sentences, for the exception message.</summary>
    internal static string Describe(IWlzErrorKind kind, IWlzErrorSource source)
    {
        var who = source == IWlzErrorSource.TokenEndpoint ? "nID" : "The PEP";
        return kind switch
        {
            IWlzErrorKind.CertificateNotAccepted => $"{who} did not accept the client certificate (missing, invalid, expired, or for the other environment). Check that the VECOZO system certificate for this environment is configured and registered.",
            IWlzErrorKind.IpNotRegistered => $"{who} refused the connection: the IP address is not registered at VECOZO for this certificate, or the credential is blocked. Register the outgoing IP address with VECOZO.",
            IWlzErrorKind.TokenRequestInvalid => "nID refused the token request: the audience or a scope is missing or not granted. Check the service's resource URL and scopes.",
            IWlzErrorKind.ActingNotPermitted => "nID refused to let this certificate act on behalf of the configured party (IWlz:ActingOnBehalfOf). A VECOZO toestemmingsverklaring is needed, and the party must differ from the own one.",
            IWlzErrorKind.EndpointNotFound => $"{who} answered 404: the URL is wrong. Check the token and PEP endpoints (IWlz:Endpoints, the address book).",
            IWlzErrorKind.RateLimited => $"{who} asked to slow down (429) and the retries are used up. Send fewer calls, or retry later.",
            IWlzErrorKind.ServerError => $"{who} or a server behind it failed and the retries are used up. Retry later; quote the trace ID when reporting it.",
            IWlzErrorKind.Unauthorized => "The PEP rejected the token, also after a fresh one was fetched. Check the system clock and that the token is requested with the same certificate as the call.",
            IWlzErrorKind.AccessDenied => "The PDP denied the request (Policy: Access Denied). The query must follow its published template, the filters must carry the own AGB/UZOVI, and the PIP must find the relation (for example a bemiddelingspecificatie for this zorgaanbieder).",
            IWlzErrorKind.ScopeMismatch => "The token's scopes do not cover this request. Request the scope the operation needs (see IWlzScopes and GraphQLRequestOptions.Scopes).",
            IWlzErrorKind.PolicyViolation => "The PDP rejected the request's content (GRAPHQL_VALIDATION_FAILED): for a notification or melding check the event type, the sender type and the recipient.",
            IWlzErrorKind.BadRequest => $"{who} refused the request as malformed: invalid GraphQL, more than one operation or root field, or a refused media type. This is a bug in the request.",
            _ => $"{who} answered with an unexpected error.",
        };
    }

    private static bool Contains(string? text, string value) =>
        text is not null && text.Contains(value, StringComparison.OrdinalIgnoreCase);
}

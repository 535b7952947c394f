namespace IWlz.Client;

/// <summary>What went wrong in a call to the iWlz network. docs/errors.md says what to do for each kind.</summary>
public enum IWlzErrorKind
{
    /// <summary>Not classified.</summary>
    Unknown = 0,

    /// <summary>The configuration or the call's options are incomplete or wrong; nothing was sent.</summary>
    Configuration,

    /// <summary>The SDK refused the client certificate: no private key, expired or not yet valid, or issued for another environment.</summary>
    Certificate,

    /// <summary>The connection failed: DNS, TCP, TLS, or a broken response stream.</summary>
    Transport,

    /// <summary>An attempt or the whole call took longer than the configured timeout.</summary>
    Timeout,

    /// <summary>The endpoint failed too often recently; its circuit is open and the call was not sent.</summary>
    CircuitOpen,

    /// <summary>nID or the PEP did not accept the client certificate (403 Invalid Client Certificate).</summary>
    CertificateNotAccepted,

    /// <summary>The caller's IP address is not registered with VECOZO for this certificate, or the credential is blocked (403 Not Allowed).</summary>
    IpNotRegistered,

    /// <summary>nID refused the token request as malformed: audience or scope missing or not granted (400).</summary>
    TokenRequestInvalid,

    /// <summary>nID refused to let the caller act on behalf of another party (401): no toestemmingsverklaring.</summary>
    ActingNotPermitted,

    /// <summary>nID answered with something that holds no readable token.</summary>
    InvalidTokenResponse,

    /// <summary>The endpoint does not exist (404): a wrong token or PEP URL.</summary>
    EndpointNotFound,

    /// <summary>The PEP rejected the token (401), also after one fresh token.</summary>
    Unauthorized,

    /// <summary>The PDP denied the request (403 Policy: Access Denied): the template, its filters or the PIP check did not allow it.</summary>
    AccessDenied,

    /// <summary>The token's scopes do not cover the request (403 Request Does Not Match Scopes, 400 Scope is not allowed).</summary>
    ScopeMismatch,

    /// <summary>The PDP rejected a notification or melding (400 GRAPHQL_VALIDATION_FAILED), for example an invalid event type or recipient.</summary>
    PolicyViolation,

    /// <summary>The request was malformed: invalid GraphQL syntax, no or several operations, or a refused media type (400, 406, 415).</summary>
    BadRequest,

    /// <summary>The server asked the client to slow down (429), also after the retries.</summary>
    RateLimited,

    /// <summary>The server or a gateway failed (500, 502, 503, 504), also after the retries.</summary>
    ServerError,

    /// <summary>The GraphQL request failed as a whole: <c>data</c> is null and <c>errors</c> say why.</summary>
    GraphQL,

    /// <summary>The response could not be read: an unknown media type, malformed JSON, or data that does not fit the result type.</summary>
    InvalidResponse,
}

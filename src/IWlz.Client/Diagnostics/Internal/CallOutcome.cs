using IWlz.Client.Audit;

namespace IWlz.Client.Diagnostics.Internal;

/// <summary>
/// How a call ended, in the three forms the SDK reports it: the <c>iwlz.status</c> tag, the <c>error.type</c>
/// tag and the NEN 7513 Resultaat. A refusal (Resultaat 2) is an answer that says "not allowed": 401/403
/// from nID or the PEP, a denied policy or scope, a certificate nID does not accept.
/// </summary>
internal readonly record struct CallOutcome(string Status, string? ErrorType, AuditResult Result)
{
    internal static CallOutcome Success { get; } = new(StatusValues.Success, null, AuditResult.Success);

    internal static CallOutcome Partial { get; } = new(StatusValues.Partial, null, AuditResult.Success);

    internal static CallOutcome For(Exception exception)
    {
        if (exception is IWlzException iwlz)
        {
            var refused = iwlz.StatusCode is 401 or 403 || iwlz.Kind is IWlzErrorKind.Unauthorized
                or IWlzErrorKind.AccessDenied
                or IWlzErrorKind.ScopeMismatch
                or IWlzErrorKind.PolicyViolation
                or IWlzErrorKind.CertificateNotAccepted
                or IWlzErrorKind.IpNotRegistered
                or IWlzErrorKind.ActingNotPermitted;
            // The generic GetName returns the enum's own name string; Kind.ToString() would box the value first.
            var kind = Enum.GetName(iwlz.Kind) ?? iwlz.Kind.ToString();
            return refused
                ? new(StatusValues.Refused, kind, AuditResult.Refused)
                : new(StatusValues.Error, kind, AuditResult.Error);
        }

        // Exception type names are code, not data; they are safe and bounded.
        return new(StatusValues.Error, exception.GetType().Name, AuditResult.Error);
    }
}

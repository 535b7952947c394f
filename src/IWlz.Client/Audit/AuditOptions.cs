namespace IWlz.Client.Audit;

/// <summary>Options for NEN 7513 audit records.</summary>
public sealed class AuditOptions
{
    /// <summary>
    /// What happens when the sink fails. Default: <see cref="AuditFailureMode.FailClosed"/>, so no
    /// register data is handed out without its audit record.
    /// </summary>
    public AuditFailureMode FailureMode { get; set; } = AuditFailureMode.FailClosed;

    /// <summary>
    /// What happens when a mandatory NEN 7513 field is empty after enrichment. Default:
    /// <see cref="AuditMissingFieldBehavior.Warn"/> (a warning names the fields; the record is still written).
    /// </summary>
    public AuditMissingFieldBehavior MissingFieldBehavior { get; set; } = AuditMissingFieldBehavior.Warn;

    /// <summary>
    /// Whether records carry the B3 trace and span IDs. Default <see langword="false"/>: iWlz trace logging
    /// (RFC0022a, phase 1) forbids linking trace IDs to user information.
    /// </summary>
    public bool IncludeTraceIds { get; set; }

    /// <summary>
    /// The NEN-EN-ISO 21298 role code (<c>01</c>–<c>07</c>) of the system user the SDK records.
    /// Default <see langword="null"/>: the host must choose it; until then the field is reported missing.
    /// </summary>
    public string? SystemUserRoleCode { get; set; }

    /// <summary>Loggegevens.bron of records the SDK builds. Default <c>IWlz.Client</c>.</summary>
    public string Source { get; set; } = "IWlz.Client";
}

/// <summary>Behaviour when the audit sink fails.</summary>
public enum AuditFailureMode
{
    /// <summary>The audited operation fails with <see cref="AuditFailedException"/>.</summary>
    FailClosed = 0,

    /// <summary>The failure is logged as an error and the operation goes on.</summary>
    FailOpen = 1,
}

/// <summary>Behaviour when a mandatory audit field is empty.</summary>
public enum AuditMissingFieldBehavior
{
    /// <summary>Log a warning naming the missing fields (never their values) and write the record.</summary>
    Warn = 0,

    /// <summary>Fail with <see cref="AuditFailedException"/> naming the missing fields; nothing is written.</summary>
    Throw = 1,
}

namespace IWlz.Client.Audit;

/// <summary>The Gebeurtenis block of an audit record.</summary>
public sealed class AuditEvent
{
    /// <summary>Gebeurteniscode (mandatory): what happened, as a coded value.</summary>
    public AuditCode? Code { get; set; }

    /// <summary>Actiecode (mandatory): create, read, update, delete or execute.</summary>
    public AuditAction? Action { get; set; }

    /// <summary>Datum en tijd (mandatory): the UTC start of the event, at least to the second.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Resultaat (optional): success, refused or error.</summary>
    public AuditResult? Result { get; set; }

    /// <summary>Controles (optional): the four checks performed before access.</summary>
    public AuditChecks? Checks { get; set; }
}

/// <summary>A coded value: a code in a code system, with display text.</summary>
/// <param name="Code">The code.</param>
/// <param name="CodeSystem">The code system's OID, or <see langword="null"/> when none is registered.</param>
/// <param name="CodeSystemName">The code system's name, for example <c>nID</c>.</param>
/// <param name="DisplayName">A human-readable name, for example <c>GraphQL query</c>.</param>
/// <param name="OriginalText">The original text the code was derived from, if any.</param>
public sealed record AuditCode(string Code, string? CodeSystem, string? CodeSystemName, string? DisplayName, string? OriginalText = null);

/// <summary>Actiecode values.</summary>
public enum AuditAction
{
    /// <summary><c>C</c>: create, such as sending a melding or notification.</summary>
    Create,

    /// <summary><c>R</c>: read, such as a register query or receiving a notification.</summary>
    Read,

    /// <summary><c>U</c>: update.</summary>
    Update,

    /// <summary><c>D</c>: delete.</summary>
    Delete,

    /// <summary><c>E</c>: execute, such as a token request.</summary>
    Execute,
}

/// <summary>Resultaat values.</summary>
public enum AuditResult
{
    /// <summary><c>1</c>: the event succeeded.</summary>
    Success = 1,

    /// <summary><c>2</c>: access was refused (for example HTTP 401 or 403).</summary>
    Refused = 2,

    /// <summary><c>3</c>: the event failed with an error.</summary>
    Error = 3,
}

/// <summary>
/// Controles: whether authorisation, the treatment relation, consent and an emergency override were
/// checked. Written as four characters <c>T</c>/<c>F</c>, for example <c>TFTT</c>.
/// </summary>
/// <param name="Authorization">Authorisation was checked.</param>
/// <param name="TreatmentRelation">The treatment relation was checked.</param>
/// <param name="Consent">Consent was checked.</param>
/// <param name="EmergencyOverride">An emergency override (break the glass) applied.</param>
public readonly record struct AuditChecks(bool Authorization, bool TreatmentRelation, bool Consent, bool EmergencyOverride)
{
    /// <summary>The four-character form, for example <c>TFTT</c>.</summary>
    /// <returns>The coded string.</returns>
    public override string ToString() =>
        string.Concat(Flag(Authorization), Flag(TreatmentRelation), Flag(Consent), Flag(EmergencyOverride));

    private static string Flag(bool value) => value ? "T" : "F";
}

namespace IWlz.Client.Audit;

/// <summary>
/// One audit log entry with the NEN 7513 structure used by iWlz RFC0021: one Gebeurtenis, one or more
/// Gebruikers, one or more Objecten and one Loggegevens block.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Creates an empty record.</summary>
    public AuditRecord()
        : this(new List<AuditObject>())
    {
    }

    /// <summary>A record that takes <paramref name="objects"/> as its object list (the SDK's own, read from a request body), without copying it.</summary>
    internal AuditRecord(List<AuditObject> objects) => Objects = objects;

    /// <summary>The event (Gebeurtenis, mandatory).</summary>
    public AuditEvent Event { get; set; } = new();

    /// <summary>The users involved (Gebruiker, 1..*): the system user the SDK fills, and the responsible person the host adds.</summary>
    public IList<AuditUser> Users { get; } = new List<AuditUser>(1); // nearly always one user; the list still grows when needed

    /// <summary>The objects the event concerns (Object, 1..*).</summary>
    public IList<AuditObject> Objects { get; }

    /// <summary>Where the record comes from (Loggegevens, mandatory).</summary>
    public AuditLogData LogData { get; set; } = new();

    /// <summary>
    /// The B3 trace ID of the interaction. Left empty unless <see cref="AuditOptions.IncludeTraceIds"/> is
    /// on: trace logging rules forbid linking trace IDs to user information by default.
    /// </summary>
    public string? TraceId { get; set; }

    /// <summary>The B3 span ID; filled under the same rule as <see cref="TraceId"/>.</summary>
    public string? SpanId { get; set; }
}

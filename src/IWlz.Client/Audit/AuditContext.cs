namespace IWlz.Client.Audit;

/// <summary>
/// What the host knows about one call: the responsible person and the consent fields. Set it around a
/// call with <see cref="Use(AuditContext)"/>; every audit record written inside that scope (on the same
/// async flow) gets these values. Values already on a record are not overwritten.
/// </summary>
public sealed class AuditContext
{
    private static readonly AsyncLocal<AuditContext?> Ambient = new();

    /// <summary>The responsible user's ID, as <c>userid@organisatie</c>.</summary>
    public string? ResponsibleUserId { get; init; }

    /// <summary>The responsible user's NEN-EN-ISO 21298 role code.</summary>
    public string? ResponsibleUserRoleCode { get; init; }

    /// <summary>The responsible user's name.</summary>
    public string? ResponsibleUserName { get; init; }

    /// <summary>The Controles performed before the call.</summary>
    public AuditChecks? Checks { get; init; }

    /// <summary>The Autorisatieprotocol that allowed the call.</summary>
    public string? AuthorizationProtocol { get; init; }

    /// <summary>The Toestemmingsprofiel, when the call concerns a client.</summary>
    public string? ConsentProfile { get; init; }

    /// <summary>The Behandelrelatieprotocol, when one applies.</summary>
    public string? TreatmentRelationProtocol { get; init; }

    /// <summary>The context of the current async flow, or <see langword="null"/>.</summary>
    public static AuditContext? Current => Ambient.Value;

    /// <summary>Makes <paramref name="context"/> current until the returned scope is disposed.</summary>
    /// <param name="context">The context to apply.</param>
    /// <returns>A scope that restores the previous context when disposed.</returns>
    public static IDisposable Use(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var previous = Ambient.Value;
        Ambient.Value = context;
        return new Scope(previous);
    }

    /// <summary>Copies the values of this context onto <paramref name="record"/> where the record has none.</summary>
    /// <param name="record">The record to complete.</param>
    public void ApplyTo(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Event.Checks ??= Checks;
        if (ResponsibleUserId is not null && !HasResponsibleUser(record.Users))
        {
            var user = record.Users.Count > 0 ? record.Users[0] : new AuditUser();
            user.ResponsibleUserId = ResponsibleUserId;
            user.ResponsibleUserRoleCode ??= ResponsibleUserRoleCode;
            user.ResponsibleUserName ??= ResponsibleUserName;
            if (record.Users.Count == 0)
            {
                record.Users.Add(user);
            }
        }

        for (var i = 0; i < record.Objects.Count; i++)
        {
            var obj = record.Objects[i];
            obj.AuthorizationProtocol ??= AuthorizationProtocol;
            obj.ConsentProfile ??= ConsentProfile;
            obj.TreatmentRelationProtocol ??= TreatmentRelationProtocol;
        }
    }

    // Indexed loops: this runs for every record, and enumerating an IList boxes its enumerator.
    private static bool HasResponsibleUser(IList<AuditUser> users)
    {
        for (var i = 0; i < users.Count; i++)
        {
            if (users[i].ResponsibleUserId is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This context, with the values it lacks taken from <paramref name="fallback"/>.</summary>
    internal AuditContext WithFallback(AuditContext? fallback) => fallback is null ? this : new AuditContext
    {
        ResponsibleUserId = ResponsibleUserId ?? fallback.ResponsibleUserId,
        ResponsibleUserRoleCode = ResponsibleUserId is null ? fallback.ResponsibleUserRoleCode : ResponsibleUserRoleCode,
        ResponsibleUserName = ResponsibleUserId is null ? fallback.ResponsibleUserName : ResponsibleUserName,
        Checks = Checks ?? fallback.Checks,
        AuthorizationProtocol = AuthorizationProtocol ?? fallback.AuthorizationProtocol,
        ConsentProfile = ConsentProfile ?? fallback.ConsentProfile,
        TreatmentRelationProtocol = TreatmentRelationProtocol ?? fallback.TreatmentRelationProtocol,
    };

    private sealed class Scope(AuditContext? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                Ambient.Value = previous;
                _disposed = true;
            }
        }
    }
}

namespace IWlz.Client.Audit.Internal;

/// <summary>What the SDK's senders share when they write an audit record.</summary>
internal static class AuditTrailExtensions
{
    /// <summary>
    /// Writes the record of a refused or failed call or token request. The call's own exception is what the
    /// caller must see, so a failing sink here is only logged (by the trail, EventId 9001/9002), even when audit
    /// logging is fail-closed: an <see cref="AuditFailedException"/> is swallowed, anything else propagates.
    /// </summary>
    internal static async ValueTask RecordFailureAsync(this IAuditTrail audit, AuditRecord record)
    {
        try
        {
            await audit.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
        catch (AuditFailedException)
        {
            // Logged by the audit trail; the original failure is rethrown by the caller.
        }
    }
}

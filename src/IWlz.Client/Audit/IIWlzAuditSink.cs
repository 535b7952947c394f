namespace IWlz.Client.Audit;

/// <summary>
/// Receives one NEN 7513 audit record per auditable event: each token request, query, notification
/// received, melding or notification sent, and each refusal. The host stores the records in a
/// protected, tamper-evident store and keeps them at least five years; the SDK stores nothing itself.
/// Records hold client identifiers, so they must never be written to technical logs.
/// </summary>
public interface IIWlzAuditSink
{
    /// <summary>Writes one record. Throwing (or a faulted task) counts as a sink failure; see <see cref="AuditOptions.FailureMode"/>.</summary>
    /// <param name="record">The complete, enriched record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    ValueTask WriteAsync(AuditRecord record, CancellationToken cancellationToken);
}

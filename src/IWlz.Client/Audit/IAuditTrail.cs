namespace IWlz.Client.Audit;

/// <summary>
/// The SDK's entry point for audit records: completes a record (ambient <see cref="AuditContext"/>,
/// enrichers, trace IDs), checks the mandatory fields, and hands it to every registered
/// <see cref="IIWlzAuditSink"/>, applying <see cref="AuditOptions.FailureMode"/> when a sink fails.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Whether any sink is registered; when not, building records can be skipped.</summary>
    bool IsEnabled { get; }

    /// <summary>Completes and writes one record.</summary>
    /// <param name="record">The record the SDK built.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every sink has the record (or the failure was tolerated).</returns>
    /// <exception cref="AuditFailedException">Fail-closed and a sink failed, or mandatory fields are missing under <see cref="AuditMissingFieldBehavior.Throw"/>.</exception>
    ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}

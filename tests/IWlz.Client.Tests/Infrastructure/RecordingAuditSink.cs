using System.Collections.Concurrent;
using IWlz.Client.Audit;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>Keeps every audit record it is given, or fails for the records <see cref="FailWhen"/> picks.</summary>
internal sealed class RecordingAuditSink : IIWlzAuditSink
{
    internal ConcurrentQueue<AuditRecord> Records { get; } = new();

    /// <summary>When set and true for a record, the sink throws instead of storing it.</summary>
    internal Func<AuditRecord, bool>? FailWhen { get; set; }

    internal IReadOnlyList<AuditRecord> WithCode(AuditCode code) => Records.Where(r => r.Event.Code == code).ToList();

    public ValueTask WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        if (FailWhen?.Invoke(record) == true)
        {
            throw new IOException("The audit store is unavailable.");
        }

        Records.Enqueue(record);
        return ValueTask.CompletedTask;
    }
}

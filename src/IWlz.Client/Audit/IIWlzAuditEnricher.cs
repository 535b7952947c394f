namespace IWlz.Client.Audit;

/// <summary>
/// Adds what only the host knows to every audit record before it reaches the sink: typically the
/// responsible user (a natural person), the Controles, the Autorisatieprotocol and the Toestemmingsprofiel.
/// Enrichers run in registration order, after the ambient <see cref="AuditContext"/> is applied.
/// </summary>
public interface IIWlzAuditEnricher
{
    /// <summary>Completes <paramref name="record"/> in place.</summary>
    /// <param name="record">The record the SDK built.</param>
    void Enrich(AuditRecord record);
}

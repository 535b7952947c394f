namespace IWlz.Client.Audit;

/// <summary>The Loggegevens block: which system produced the record.</summary>
public sealed class AuditLogData
{
    /// <summary>Bron (mandatory), for example <c>IWlz.Client</c> or <c>nID/authservice</c>.</summary>
    public string? Source { get; set; }

    /// <summary>Locatie (optional), for example the host name or the service URL.</summary>
    public string? Location { get; set; }
}

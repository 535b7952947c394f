namespace IWlz.Client.Registers;

/// <summary>
/// The iWlz interfaces the SDK talks to. Each has its own GraphQL schema and generated client.
/// </summary>
public enum IWlzRegister
{
    /// <summary>The CIZ's register of Wlz indications (IR).</summary>
    Indicatieregister = 1,

    /// <summary>The zorgkantoren's register of care mediation and allocations (BR).</summary>
    Bemiddelingsregister = 2,

    /// <summary>The zorgaanbieders' register of care delivery and requests (LR); experimental.</summary>
    Leveringsregister = 3,

    /// <summary>
    /// The generic endpoint every participant hosts to receive notifications and meldingen. Not a
    /// register of data, but it has a schema and operations of its own.
    /// </summary>
    Netwerkpunt = 4,
}

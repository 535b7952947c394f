namespace IWlz.Client;

/// <summary>The role of the party the software acts for; it decides which code identifies the party.</summary>
public enum IWlzPartyRole
{
    /// <summary>Not set. Configuration validation refuses this value.</summary>
    Unspecified = 0,

    /// <summary>A care provider, identified by its 8-digit AGB code.</summary>
    Zorgaanbieder = 1,

    /// <summary>A care office, identified by its 4-digit UZOVI code.</summary>
    Zorgkantoor = 2,

    /// <summary>The assessment body (the CIZ), identified by its 8-digit KVK number.</summary>
    Indicatieorgaan = 3,
}

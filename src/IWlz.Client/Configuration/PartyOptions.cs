namespace IWlz.Client;

/// <summary>The party the software acts as. The SDK takes the AGB/UZOVI/KVK code from here, never from the certificate.</summary>
public sealed class PartyOptions
{
    /// <summary>Zorgaanbieder, Zorgkantoor or Indicatieorgaan. Required.</summary>
    public IWlzPartyRole Role { get; set; }

    /// <summary>
    /// The party's code: an 8-digit AGB code for a zorgaanbieder, a 4-digit UZOVI code for a zorgkantoor,
    /// an 8-digit KVK number for the indicatieorgaan. Required.
    /// </summary>
    public string? Code { get; set; }
}

namespace IWlz.Client.Testing.Parties;

/// <summary>The role a party plays on the simulated network; it decides its identity type, scopes and templates.</summary>
public enum PartyRole
{
    /// <summary>A zorgaanbieder, known by its AGB code. Bronhouder of a Leveringsregister.</summary>
    Zorgaanbieder = 0,

    /// <summary>A zorgkantoor, known by its UZOVI code. Bronhouder of a Bemiddelingsregister.</summary>
    Zorgkantoor = 1,

    /// <summary>The CIZ (indicatieorgaan), known by its KVK number. Bronhouder of the Indicatieregister.</summary>
    Ciz = 2,
}

namespace IWlz.Client;

/// <summary>The iWlz environment the client talks to. VECOZO issues separate certificates for each one.</summary>
public enum IWlzEnvironment
{
    /// <summary>Not set. Configuration validation refuses this value.</summary>
    Unspecified = 0,

    /// <summary>The test environment (TST): <c>tst-api.vecozo.nl</c> and the <c>_TST</c> address-book entries.</summary>
    Test = 1,

    /// <summary>The production environment (PRD): <c>api.vecozo.nl</c> and the <c>_PRD</c> address-book entries.</summary>
    Production = 2,
}

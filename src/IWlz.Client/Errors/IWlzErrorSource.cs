namespace IWlz.Client;

/// <summary>Which hop produced an error.</summary>
public enum IWlzErrorSource
{
    /// <summary>The SDK itself, before or without a network answer.</summary>
    Client = 0,

    /// <summary>The nID token endpoint.</summary>
    TokenEndpoint = 1,

    /// <summary>The PEP, the PDP behind it, or the register behind that (their answers do not say which hop).</summary>
    Pep = 2,
}

namespace IWlz.Client;

/// <summary>
/// The built-in nID token and PEP endpoints (RFC0014 §4, Afsprakenstelsel nID). Each one is a default only:
/// <see cref="IWlzClientOptions.Endpoints"/> and the address book override them.
/// </summary>
public static class IWlzWellKnownEndpoints
{
    /// <summary>The nID token endpoint of the test environment.</summary>
    public static Uri TestTokenEndpoint { get; } = new("https://tst-api.vecozo.nl/tst/netwerkmodel/v3/auth/token");

    /// <summary>The PEP of the test environment.</summary>
    public static Uri TestPepEndpoint { get; } = new("https://tst-api.vecozo.nl/tst/netwerkmodel/v3/pep");

    /// <summary>The nID token endpoint of the production environment.</summary>
    public static Uri ProductionTokenEndpoint { get; } = new("https://api.vecozo.nl/netwerkmodel/v3/auth/token");

    /// <summary>The PEP of the production environment.</summary>
    public static Uri ProductionPepEndpoint { get; } = new("https://api.vecozo.nl/netwerkmodel/v3/pep");

    /// <summary>The built-in token endpoint of an environment.</summary>
    /// <param name="environment">Test or Production.</param>
    /// <returns>The endpoint.</returns>
    public static Uri TokenEndpoint(IWlzEnvironment environment) => environment switch
    {
        IWlzEnvironment.Test => TestTokenEndpoint,
        IWlzEnvironment.Production => ProductionTokenEndpoint,
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Choose Test or Production."),
    };

    /// <summary>The built-in PEP endpoint of an environment.</summary>
    /// <param name="environment">Test or Production.</param>
    /// <returns>The endpoint.</returns>
    public static Uri PepEndpoint(IWlzEnvironment environment) => environment switch
    {
        IWlzEnvironment.Test => TestPepEndpoint,
        IWlzEnvironment.Production => ProductionPepEndpoint,
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Choose Test or Production."),
    };
}

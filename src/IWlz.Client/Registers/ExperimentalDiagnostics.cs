namespace IWlz.Client.Registers;

/// <summary>The diagnostic IDs of the SDK's <see cref="System.Diagnostics.CodeAnalysis.ExperimentalAttribute"/> APIs.</summary>
internal static class ExperimentalDiagnostics
{
    /// <summary>The Leveringsregister (LR-1 release candidate): its schema and templates may still change.</summary>
    public const string Leveringsregister = "IWLZEXP001";

    /// <summary>Where the experimental APIs are described.</summary>
    public const string UrlFormat = "https://github.com/iwlz-client/iwlz-client/blob/main/docs/registers.md#leveringsregister-experimental";
}

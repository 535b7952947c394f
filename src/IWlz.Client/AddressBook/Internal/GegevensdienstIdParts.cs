namespace IWlz.Client.AddressBook.Internal;

/// <summary>
/// The parts of a gegevensdienstId <c>[OrganisatieID]-[Functionaliteit]-[Omgeving]</c>. The documented separator
/// is <c>-</c> and the examples use <c>_</c>; both are accepted, in any letter case.
/// </summary>
internal readonly record struct GegevensdienstIdParts(string OrganisatieId, string Functionaliteit, string EnvironmentCode)
{
    internal static readonly string[] EnvironmentCodes = ["TST", "ACC", "PRD"];

    internal static string Normalize(string value) => value.Trim().Replace('-', '_').ToUpperInvariant();

    internal static bool TryParse(string value, out GegevensdienstIdParts parts)
    {
        var normalized = Normalize(value);
        var last = normalized.LastIndexOf('_');
        var middle = last > 0 ? normalized.LastIndexOf('_', last - 1) : -1;
        if (middle <= 0 || last == normalized.Length - 1 || last - middle < 2)
        {
            parts = default;
            return false;
        }

        parts = new GegevensdienstIdParts(normalized[..middle], normalized[(middle + 1)..last], normalized[(last + 1)..]);
        return true;
    }

    internal static string? ToEnvironmentCode(IWlzEnvironment environment) => environment switch
    {
        IWlzEnvironment.Test => "TST",
        IWlzEnvironment.Production => "PRD",
        _ => null,
    };
}

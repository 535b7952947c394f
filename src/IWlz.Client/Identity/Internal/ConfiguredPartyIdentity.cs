using Microsoft.Extensions.Options;

namespace IWlz.Client.Identity.Internal;

/// <summary>
/// The identity the access token carries: the party acted on behalf of (<c>IWlz:ActingOnBehalfOf</c>) when
/// set, because nID then issues the token for that party; otherwise the own party (<c>IWlz:Party</c>).
/// Read per call, so a reloaded configuration applies to the next request.
/// </summary>
internal sealed class ConfiguredPartyIdentity(IOptionsMonitor<IWlzClientOptions> options) : IWlzPartyIdentity
{
    private const string AgbPrefix = "agbcode:";
    private const string UzoviPrefix = "uzovi:";

    public PartyIdentity GetIdentity()
    {
        var current = options.CurrentValue;
        try
        {
            if (current.ActingOnBehalfOf is { Length: > 0 } actor)
            {
                return actor.StartsWith(AgbPrefix, StringComparison.Ordinal) ? PartyIdentity.Zorgaanbieder(actor[AgbPrefix.Length..])
                    : actor.StartsWith(UzoviPrefix, StringComparison.Ordinal) ? PartyIdentity.Zorgkantoor(actor[UzoviPrefix.Length..])
                    : throw new ArgumentException("It must be 'agbcode:' followed by 8 digits or 'uzovi:' followed by 4 digits.");
            }

            return new PartyIdentity(current.Party.Role, current.Party.Code?.Trim() ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            var key = current.ActingOnBehalfOf is { Length: > 0 } ? "IWlz:ActingOnBehalfOf" : "IWlz:Party";
            throw new IWlzException(IWlzErrorKind.Configuration, IWlzErrorSource.Client, $"{key} does not name a valid party: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
        }
    }
}
